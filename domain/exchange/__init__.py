"""Enterprise data exchange: wholesalers' 报盘 and offers (DRUG-14…18, SUP-06, DRUG-22), distributors (SUP-03),
deliveries and in-transit quantities (SUP-09, SUP-04), and the 进销存 Excel upload (SUP-04).

models.py, views.py (read models), access.py, criteria.py, repository.py (all SQL), files.py (spreadsheets),
rules.py (row checks), commands.py, errors.py; use cases by aggregate: offers.py (WholesaleService), uploads.py
(UploadJob), distributors.py, deliveries.py, stock_files.py, with what they share in batches.py."""
