"""The project: its configuration (`config`), its operations (`operations`: extract, update, init,
compile, stats, build) and the record of its last build (`build_state`)."""
