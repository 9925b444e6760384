-- The rows are the chain now (V23, V24): the JSON document, which kept every status a second time, goes.
drop index supply_chain_links;
alter table supply_chain drop column document;
alter table supply_chain
    alter column lead_name set not null,
    alter column purpose set not null,
    alter column contract_value set not null,
    alter column contract_currency set not null;
