// Starts GOV.UK Frontend's JavaScript (progressive enhancement: every page works without it).
import { initAll } from '/govuk/govuk-frontend.min.js';

initAll();
