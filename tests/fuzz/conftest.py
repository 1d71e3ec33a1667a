"""Hypothesis profiles: "ci" (bounded, the default) and "long"; pick one with
HYPOTHESIS_PROFILE. Each property sets its own example count, scaled by the profile."""

import os

from hypothesis import HealthCheck, settings

_COMMON = dict(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=False,
)
settings.register_profile("ci", max_examples=60, **_COMMON)
settings.register_profile("long", max_examples=2000, **_COMMON)
settings.register_profile("dev", max_examples=20, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
