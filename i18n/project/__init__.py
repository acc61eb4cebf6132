"""The project: its configuration (`config`), its operations (`operations`: extract, update, init,
compile, stats, build), the record of its last build (`build_state`) and checking it (`checking`:
the one orchestration the CLI, build and the review pages share)."""
