import pytest

from service.store.articles import Submission, prepare

ENGLISH = (
    "The council said on Monday that the new bridge would open in the spring, and officials who have "
    "seen the plans were pleased with the design."
)
FRENCH = (
    "Le conseil a annoncé lundi que le nouveau pont ne sera pas ouvert avant le printemps, selon les "
    "responsables qui ont vu les plans avec leur équipe."
)


@pytest.mark.parametrize(
    ("submission", "expected"),
    [
        (Submission(text=ENGLISH), "en"),
        (Submission(text=FRENCH), "fr"),
        # What the client declares wins over the guess, and so does the page's own lang attribute.
        (Submission(text=ENGLISH, language="en-GB"), "en-GB"),
        (Submission(html=f'<html lang="fr-CA"><body><p>{ENGLISH}</p></body></html>'), "fr-CA"),
        (Submission(text="Short notice."), None),
    ],
)
def test_language_is_declared_or_guessed(submission, expected):
    assert prepare(submission).language == expected
