"""The suite's own processes take Ctrl-C even when the suite was started where it is ignored: a
shell script's `cmd &` ignores SIGINT, and children inherit that, so the interruption tests would
wait for a signal that never acts."""

import signal

if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)
