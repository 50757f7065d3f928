-- identity: an agency's 统一社会信用代码 (GB 32100, 18 characters with its check character), optional and set by the
-- system administrator; the check character is checked by the application (core.CreditCode), uniqueness here.
alter table agency add column credit_code varchar(18);
create unique index agency_credit_code_unique on agency (credit_code);
