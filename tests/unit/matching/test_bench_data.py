"""The benchmark's synthetic watch list is deterministic and well formed (no timing here)."""

from app.matching.identifiers import validate_container, validate_imo
from bench.matching import synthetic_queries, synthetic_subjects


def test_synthetic_subjects_are_seeded_and_repeatable():
    assert synthetic_subjects(300) == synthetic_subjects(300)


def test_synthetic_identifiers_pass_their_own_checks():
    for record in synthetic_subjects(300):
        for id_type, value in record.identifiers:
            if id_type == "container":
                assert validate_container(value).ok
            elif id_type == "imo":
                assert validate_imo(value).ok


def test_synthetic_data_says_it_is_invented():
    assert all("(invented)" in r.label for r in synthetic_subjects(100))
    assert len(synthetic_queries(synthetic_subjects(100), count=20)) == 20
