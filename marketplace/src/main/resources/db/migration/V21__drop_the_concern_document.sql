-- Every concern now lives in its columns and actions (V20), so the document goes: the status is kept in one place.
alter table concern alter column chain_name       set not null;
alter table concern alter column lead_name        set not null;
alter table concern alter column raised_by_name   set not null;
alter table concern alter column raised_by_person set not null;
alter table concern alter column category         set not null;
alter table concern alter column details          set not null;
alter table concern drop column document;
