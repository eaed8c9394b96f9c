"""Here so pytest puts the repository root on sys.path: tests import their helpers as `tests.coding`
however pytest is started (`.venv/bin/pytest` as well as `python -m pytest`)."""
