"""The public surface is small, sorted and importable."""

import kg


def test_all_is_sorted_and_exported():
    assert kg.__all__ == sorted(kg.__all__)
    for name in kg.__all__:
        assert hasattr(kg, name), name
