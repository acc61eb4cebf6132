"""The review page: built and rendered from a catalogue and its findings (`page`, with the
page's `assets/`), and read and written for a project or any catalogue (`write`)."""
