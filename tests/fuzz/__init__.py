"""Input-fuzzing cases shared by tests/test_hardening.py (short) and benchmarks/reliability.py (long)."""
