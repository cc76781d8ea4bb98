import pytest

from service.pipeline.language import guess_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The council said on Monday that the new bridge would open in the spring, and officials "
            "who have seen the plans were pleased with the design.",
            "en",
        ),
        (
            "Le conseil a annoncé lundi que le nouveau pont ne sera pas ouvert avant le printemps, selon "
            "les responsables qui ont vu les plans avec leur équipe.",
            "fr",
        ),
        (
            "El consejo anunció el lunes que el nuevo puente no abrirá hasta la primavera, según los "
            "responsables que han visto los planos, y dijo que está satisfecho con el diseño.",
            "es",
        ),
        (
            "Der Stadtrat hat am Montag mitgeteilt, dass die neue Brücke nicht vor dem Frühjahr eröffnet "
            "wird, sagte der Bürgermeister, der sich mit den Plänen zufrieden zeigte.",
            "de",
        ),
        (
            "Совет в понедельник заявил, что новый мост не откроют до весны, и это не так просто, как "
            "ожидали жители, сказал мэр.",
            "ru",
        ),
        # Too little evidence: no guess rather than a wrong one.
        ("Breaking news", None),
        ("", None),
        ("2026-11-20 14:00 — 3 : 1", None),
    ],
)
def test_guess_language(text, expected):
    assert guess_language(text) == expected
