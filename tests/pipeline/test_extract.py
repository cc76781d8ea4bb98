"""Extraction phenomena, one table per phenomenon. Every text here is invented for the test."""

from __future__ import annotations

import pytest

from service.pipeline import analyse

HEAD = "Harbour town weighs new bridge\n\n"


def _found(body: str) -> list[tuple[str, str | None, str]]:
    text = HEAD + body
    analysis = analyse(text)
    for q in analysis.quotations:
        # Offsets always index the text as given.
        assert text[q.content.start : q.content.end] == q.content.text
        if q.speaker and q.speaker.mention:
            m = q.speaker.mention
            assert text[m.start : m.end] == m.text
        if q.cue:
            assert text[q.cue.start : q.cue.end] == q.cue.text
    return [(q.content.text, q.speaker.name if q.speaker else None, q.kind) for q in analysis.quotations]


DIRECT = [
    # A participle after the verb of speech is a second thing the speaker did; "citing" names a source.
    (
        "“The restrictions keep moving,” Henrik Sørlie said, calling on Israel to publish a clear list.\n",
        [
            ("The restrictions keep moving,", "Henrik Sørlie", "direct"),
            ("Israel to publish a clear list", "Henrik Sørlie", "indirect"),
        ],
    ),
    (
        "“This is in their heads,” said Caddell, speaking of the senator’s health.\n",
        [("This is in their heads,", "Caddell", "direct")],
    ),
    # A modifier between a body's name and the role ("UNICEF regional director") is part of the speaker
    # phrase, so the quotation before it is what was said, not the occasion after the verb.
    (
        "“Every hour counts. These supplies are sitting a few kilometres away,” UNICEF regional director "
        "Rania Tawfiq said in a statement.\n",
        [
            (
                "Every hour counts. These supplies are sitting a few kilometres away,",
                "Rania Tawfiq",
                "direct",
            )
        ],
    ),
    # Who was told, or when, between the verb and a colon that opens the quotation; a clause before the
    # colon is still part of what was said.
    (
        "Ann Lee said after the vote: “We will appeal.”\n",
        [("We will appeal.", "Ann Lee", "direct")],
    ),
    (
        "Ann Lee told reporters after the vote: “We will appeal against the decision.”\n",
        [("We will appeal against the decision.", "Ann Lee", "direct")],
    ),
    (
        "Ann Lee said the plan was simple: “We will appeal.”\n",
        [("the plan was simple: “We will appeal.”", "Ann Lee", "mixed")],
    ),
    # A name in apposition after a role, with words describing the person before it, then a colon.
    (
        "Committee chairman Derek Amos used his casting vote to approve the estate.\n\n"
        "The group’s chairman, retired hydrologist Peter Welland, told the Echo after the vote: ‘The "
        "drainage model assumes the ponds are cleared every year.’\n",
        [("The drainage model assumes the ponds are cleared every year.", "Peter Welland", "direct")],
    ),
    # "As X put it" is a verb of saying; "put it on the table" is not.
    (
        "As harbour master Lena Roth put it, “The tide does not wait for committees.”\n",
        [("The tide does not wait for committees.", "Lena Roth", "direct")],
    ),
    (
        "During a long debate about the toll, a neighbour commented: “The ferry matters more than the "
        "bridge.”\n",
        [("The ferry matters more than the bridge.", "neighbour", "direct")],
    ),
    # An exclamation and a long speaker phrase with a title ("state Del.") before the verb.
    (
        "“This is a big year for the harbour!” her niece, state Del. Ana Lee (D-Porto), shouted to the "
        "crowd.\n",
        [("This is a big year for the harbour!", None, "direct")],
    ),
    (
        "“We will open the bridge in spring,” Mayor Alma Ferreira said on Monday.\n",
        [("We will open the bridge in spring,", "Alma Ferreira", "direct")],
    ),
    (
        "Harbour chief Tomas Lind spoke to workers at the quay.\n\n"
        '"The docks stay open all winter," he said.\n',
        [("The docks stay open all winter,", "Tomas Lind", "direct")],
    ),
    (
        "Coach Ruth Okafor was calm after the match.\n\n'We will keep building this team,' she said.\n",
        [("We will keep building this team,", "Ruth Okafor", "direct")],
    ),
    (
        "“The ferry is late again,” said harbour master Ivo Brandt.\n",
        [("The ferry is late again,", "Ivo Brandt", "direct")],
    ),
    (
        "Council leader Nadia Vos said: “We have listened to every resident and the plan will change.”\n",
        [("We have listened to every resident and the plan will change.", "Nadia Vos", "direct")],
    ),
    # A quotation interrupted by its cue is one quotation.
    (
        "“The tide,” engineer Pia Holm said, “does not wait for committees.”\n",
        [("The tide,” engineer Pia Holm said, “does not wait for committees.", "Pia Holm", "direct")],
    ),
    # Quotes inside quotes stay inside the outer quotation.
    (
        "“They told us ‘wait one more year’ and we did,” fisherman Olaf Berg said.\n",
        [("They told us ‘wait one more year’ and we did,", "Olaf Berg", "direct")],
    ),
    # Parenthesised party label between name and cue.
    (
        "“The budget is a fantasy,” Rep. Carla Mendes (D-Ore.) said Friday.\n",
        [("The budget is a fantasy,", "Carla Mendes", "direct")],
    ),
    # A party label set off by commas, its full stop included.
    (
        "“The levy will pass,” Sen. Ruth Calder, R-Ky., said Tuesday.\n",
        [("The levy will pass,", "Ruth Calder", "direct")],
    ),
    # A question mark and a capitalised speaker do not end the sentence before its cue.
    (
        "“Who pays for the dredging?” Councillor Ivo Marsh asked.\n",
        [("Who pays for the dredging?", "Ivo Marsh", "direct")],
    ),
    # Manners of speaking after a quotation.
    (
        "“Nobody reads those reports,” harbour master Lena Roth scoffed.\n",
        [("Nobody reads those reports,", "Lena Roth", "direct")],
    ),
    (
        "“Where is the money?” Councillor Pia Holm demanded.\n",
        [("Where is the money?", "Pia Holm", "direct")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), DIRECT)
def test_direct_quotations(body: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _found(body) == expected


CONTINUATION = [
    # A quotation a colon opens that runs on into the next paragraph is direct speech, marks excluded.
    (
        'Prosecutor Amira Shah told the court: "This was greed, pure and simple.\n\n'
        '"He knew exactly what he was doing."\n',
        [
            ("This was greed, pure and simple.", "Amira Shah", "direct"),
            ("He knew exactly what he was doing.", "Amira Shah", "direct"),
        ],
    ),
    # Single quotation marks follow the news convention too: a quotation running on into the next
    # paragraph, which reopens it, is quoted speech, and a passive inside it is no cue.
    (
        "'We have charged a man,' Inspector Sarah Ross said. 'Our thoughts are with Arjun's family, who "
        "are being supported by specially trained officers.\n\n"
        "'I would still like to hear from anyone who was there.'\n",
        [
            ("We have charged a man,", "Sarah Ross", "direct"),
            (
                "Our thoughts are with Arjun's family, who are being supported by specially trained "
                "officers.",
                "Sarah Ross",
                "direct",
            ),
            ("I would still like to hear from anyone who was there.", "Sarah Ross", "direct"),
        ],
    ),
    # A cue between two quoted parts attributes both; each quotation is what stands inside its marks.
    (
        "“Washington has blocked such mergers before,” said Karen Liebowitz, an analyst at Halvorsen "
        "Securities. “The difference this time is the spectrum sale.”\n",
        [
            ("Washington has blocked such mergers before,", "Karen Liebowitz", "direct"),
            ("The difference this time is the spectrum sale.", "Karen Liebowitz", "direct"),
        ],
    ),
    # A quotation with no cue after a sentence about somebody else than the last speaker is theirs.
    (
        "“We will win,” harbour master Karl Meyer said.\n\n"
        "Councillor Ivo Brandt, who lost the vote, named the toll as the reason. "
        "“People are tired of paying.”\n",
        [
            ("We will win,", "Karl Meyer", "direct"),
            ("People are tired of paying.", "Ivo Brandt", "direct"),
        ],
    ),
    # A narrative sentence that ends in a quotation is not the middle of the previous quotation.
    (
        "Mayor Alma Ferreira laughed and said, “The ferry is fine.” The crowd grew so angry that she "
        "had to change her answer: “Of course the ferry needs work.”\n",
        [
            ("The ferry is fine.", "Alma Ferreira", "direct"),
            ("Of course the ferry needs work.", "Alma Ferreira", "direct"),
        ],
    ),
    # A cue-less quotation in the next paragraph continues the previous speaker.
    (
        "“We start on the north pier,” site manager Lena Kraus said.\n\n"
        "“After that, the south pier follows, and then the road.”\n",
        [
            ("We start on the north pier,", "Lena Kraus", "direct"),
            ("After that, the south pier follows, and then the road.", "Lena Kraus", "direct"),
        ],
    ),
    # A quotation running over paragraphs: no closing mark at the end of the first one.
    (
        "Surveyor Amir Haddad described the survey.\n\n"
        "“The rock is harder than we thought and the drills keep breaking.\n\n"
        "“We need another month,” he said.\n",
        [
            ("The rock is harder than we thought and the drills keep breaking.", "Amir Haddad", "direct"),
            ("We need another month,", "Amir Haddad", "direct"),
        ],
    ),
    # Reader comments credited with a dash after the closing mark.
    (
        "Readers answered our question.\n\n“The bridge is the best thing the town has done.” ― Elif Kaya\n",
        [("The bridge is the best thing the town has done.", "Elif Kaya", "direct")],
    ),
    # A quoted section heading is not a continuation of the speaker before it.
    (
        "“We start on Monday,” site manager Lena Kraus said.\n\n‘The Long Winter Ahead’\n",
        [("We start on Monday,", "Lena Kraus", "direct")],
    ),
    # "He said:" closing a paragraph introduces the quotation of the next one.
    (
        "Ferry captain Ines Duarte described the crossing. She said:\n\n"
        "“The waves were higher than the mast.”\n",
        [("The waves were higher than the mast.", "Ines Duarte", "direct")],
    ),
    # A date that opens the sentence is not what was said; the statement after the colon is.
    (
        "On July 6, ferry captain Ines Duarte said:\n\n“The waves were higher than the mast.”\n",
        [("The waves were higher than the mast.", "Ines Duarte", "direct")],
    ),
    # "issued a statement:", "made the following comment:", "had this to say:" are verbs of saying.
    (
        "On July 6, ferry captain Ines Duarte made the following comment:\n\n"
        "“The waves were higher than the mast.”\n",
        [("The waves were higher than the mast.", "Ines Duarte", "direct")],
    ),
    (
        "The ferry company issued a statement: “Crossings resume on Monday.”\n",
        [("Crossings resume on Monday.", "ferry company", "direct")],
    ),
    (
        "Ferry captain Ines Duarte had this to say: “The waves were higher than the mast.”\n",
        [("The waves were higher than the mast.", "Ines Duarte", "direct")],
    ),
    ("The ferry company made the following changes: crossings start an hour later.\n", []),
]


@pytest.mark.parametrize(("body", "expected"), CONTINUATION)
def test_continuation(body: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _found(body) == expected


UNBALANCED = [
    # A missing closing mark is recovered within its paragraph; the next paragraph is unaffected.
    (
        "“The pier is unsafe, inspector Joan Marsh said.\n\n“Close it today,” she added.\n",
        ("Close it today,", "Joan Marsh", "direct"),
    ),
]


@pytest.mark.parametrize(("body", "expected"), UNBALANCED)
def test_unbalanced_marks_recovered_locally(body: str, expected: tuple[str, str | None, str]) -> None:
    assert expected in _found(body)


REPORTED = [
    # "…, ruling that …": a court's finding, by the subject after the dateline.
    (
        "JEFFERSON CITY — A county judge on Friday blocked the new law, ruling that it likely violates the "
        "state constitution.\n\nThe ruling party won the vote.\n",
        [("it likely violates the state constitution", "county judge", "indirect")],
    ),
    # A year before the document's head: "a 2023 study found".
    (
        "The monsoon has grown more erratic as the climate warms, a 2023 study found.\n",
        [("The monsoon has grown more erratic as the climate warms", "2023 study", "indirect")],
    ),
    # A role or an age with a relative clause before the verb is the subject, as a name is.
    (
        "Striker Kwame Boateng scored twice.\n\n"
        "The 22-year-old, who was released by the academy at 16, told the BBC that he had nothing to prove "
        "to his former club.\n",
        [("he had nothing to prove to his former club", "Kwame Boateng", "indirect")],
    ),
    # A speaker that closes the sentence after the verb outranks one found across commas before it.
    (
        "The ship’s captain, a 43-year-old man identified only by his initials, R.H.L., survived and was "
        "being questioned, said police spokesman Ferry Siregar.\n",
        [
            (
                "The ship’s captain, a 43-year-old man identified only by his initials, R.H.L., survived and "
                "was being questioned",
                "Ferry Siregar",
                "indirect",
            )
        ],
    ),
    # A dateline is no part of what was said, in capitals with a colon or in mixed case with a dash; a
    # single upper-case label is a dateline, not a transcript's speaker.
    (
        "ISLAMABAD: China and Pakistan on Tuesday agreed to deepen cooperation, a spokesperson said.\n",
        [("China and Pakistan on Tuesday agreed to deepen cooperation", "spokesperson", "indirect")],
    ),
    (
        "Kendari, Indonesia — At least 23 people died when a ferry capsized, officials said.\n",
        [("At least 23 people died when a ferry capsized", "officials", "indirect")],
    ),
    (
        "Hezbollah — the Iran-backed group — will not disarm, its leader said.\n",
        [("Hezbollah — the Iran-backed group — will not disarm", None, "indirect")],
    ),
    # An opening adverbial before a clause with its own verb; the adjunct after the cue is no content.
    (
        "In a phone call with his counterpart, Lavrov stressed the importance of coordination, the ministry "
        "said in a statement.\n",
        [
            (
                "In a phone call with his counterpart, Lavrov stressed the importance of coordination",
                "ministry",
                "indirect",
            )
        ],
    ),
    # A name told something is no part of what was told.
    (
        "The premier told ABC Radio Perth the royalty rise was fair to miners and the state.\n",
        [("the royalty rise was fair to miners and the state", None, "indirect")],
    ),
    (
        "The minister told Parliament the dam would be finished by 2028 at the latest.\n",
        [("the dam would be finished by 2028 at the latest", None, "indirect")],
    ),
    # What somebody responded to is not what they said.
    (
        "Spokeswoman Olga Sventitskaya was responding to a question about sanctions.\n",
        [],
    ),
    # "said in his closing argument that …" is one statement, not one for the verb and one for the noun.
    (
        "Defense attorney Martin Okafor said in his closing argument that the state had failed to prove "
        "its case.\n",
        [("the state had failed to prove its case", "Martin Okafor", "indirect")],
    ),
    # A petition speaks, even with an aside about who started it.
    (
        "The petition, started by resident Siobhán Gallagher, says the gate will push thousands of cars "
        "onto narrow residential streets.\n",
        [("the gate will push thousands of cars onto narrow residential streets", "petition", "indirect")],
    ),
    # "reminded jurors that …" reports; "reminded her of home" does not.
    (
        "Judge Theresa Kowalczyk reminded jurors that the decision not to testify could not be held against "
        "him.\n\nThe photograph reminded her of home.\n",
        [("the decision not to testify could not be held against him", "Theresa Kowalczyk", "indirect")],
    ),
    # A second verb phrase of a pronoun subject: "He described …, and warned that …".
    (
        "Coach Darius Marek was more measured.\n\nHe described the win as a reward for years of work on the "
        "serve, and warned that the teenager would need every hour of rest.\n",
        [
            ("the win as a reward for years of work on the serve", "Darius Marek", "indirect"),
            ("the teenager would need every hour of rest", "Darius Marek", "indirect"),
        ],
    ),
    # An opening time adjunct before a cue in the middle is not the statement.
    (
        "Over 14 months, Mr Ashworth said, the men took cattle worth $1.2 million from 11 properties.\n",
        [("the men took cattle worth $1.2 million from 11 properties", "Ashworth", "indirect")],
    ),
    # "…, with X warning that …": X is the subject of the absolute clause.
    (
        "Ministers clashed over the plan, with Hungary warning that the ban would push up household bills.\n",
        [("the ban would push up household bills", "Hungary", "indirect")],
    ),
    # A relative clause describes its antecedent with the quoted words.
    (
        "The proposal, which the energy commissioner, Lars Vestergaard, has described as ‘the last chapter "
        "of a long dependency’, would end all imports.\n",
        [
            (
                "The proposal, which the energy commissioner, Lars Vestergaard, has described as ‘the last "
                "chapter of a long dependency’",
                "Lars Vestergaard",
                "mixed",
            )
        ],
    ),
    # A role with a lowercase complement before an appositive name.
    (
        "Its state secretary for energy, Katrin Oberländer, said the ban must come with a plan for the "
        "poorest regions.\n",
        [("the ban must come with a plan for the poorest regions", "Katrin Oberländer", "indirect")],
    ),
    # An organisation named by an abbreviation and lowercase words: "the U.N. refugee agency".
    (
        "The camp now holds more than 90,000 people, according to the U.N. refugee agency.\n",
        [("The camp now holds more than 90,000 people", "U.N. refugee agency", "indirect")],
    ),
    # A known outlet addressed, then a bare clause: the outlet is not part of what was told.
    (
        "A source close to the harbour board told Reuters the sale could be postponed.\n",
        [("the sale could be postponed", "source close to the harbour board", "indirect")],
    ),
    # A bare document after "according to".
    (
        "Two members of the harbour board voted for a cut, according to minutes released with the "
        "decision.\n",
        [("Two members of the harbour board voted for a cut", "minutes", "indirect")],
    ),
    # Somebody named "of the group X" calls something, unlike "an exhibition called …".
    (
        "Jonas Weber of the group Harbour Watch called it “a rounding error” for a company that size.\n",
        [("it “a rounding error” for a company that size", "Jonas Weber", "mixed")],
    ),
    # A collective "of" its members speaks as a whole.
    (
        "A coalition of neighbourhood groups criticised the toll.\n",
        [("the toll", "coalition of neighbourhood groups", "indirect")],
    ),
    # An opening phrase with a comma of its own before the subject of a participle cue.
    (
        "Following a swiftly called, late-afternoon meeting, the Harbour Council issued a statement calling "
        "the toll “a clear violation.”\n",
        [("the toll “a clear violation.”", "Harbour Council", "mixed")],
    ),
    # Where a position was stated is not part of it.
    (
        "Captain Ivo Brandt thanked the coach on social media.\n",
        [("the coach", "Ivo Brandt", "indirect")],
    ),
    # A document's finding closes the sentence, over a verb inside its content.
    (
        "Ferries are arriving later than planners had predicted, a new study has found.\n",
        [("Ferries are arriving later than planners had predicted", "study", "indirect")],
    ),
    # A document with a participle phrase between commas.
    (
        "The study, published in the harbour journal on Thursday, found that most ferries were late.\n",
        [("most ferries were late", "study", "indirect")],
    ),
    (
        "State television said the ferry talks had failed.\n",
        [("the ferry talks had failed", "State television", "indirect")],
    ),
    # "told the Harbour Gazette the strike …": the paper told is not part of what was told.
    (
        "Union leader Mick Lynch told the Harbour Gazette the strike would go ahead.\n",
        [("the strike would go ahead", "Mick Lynch", "indirect")],
    ),
    # "people familiar with the matter" is the whole source, not "people".
    (
        "The harbour board is exploring a sale of the ferry, according to people familiar with the matter.\n",
        [
            (
                "The harbour board is exploring a sale of the ferry",
                "people familiar with the matter",
                "indirect",
            )
        ],
    ),
    # People addressed before a clause with its own subject are not part of what was told.
    (
        "Mayor Alma Ferreira told investors the ferry business was not a priority.\n",
        [("the ferry business was not a priority", "Alma Ferreira", "indirect")],
    ),
    (
        "Mayor Alma Ferreira told the crowd the toll would fall.\n",
        [("the toll would fall", "Alma Ferreira", "indirect")],
    ),
    # The second verb of "The owner, Richard Hale, thanked … and said" takes the name too.
    (
        "The ferry's owner, Richard Hale, thanked the council and said repairs would begin in spring.\n",
        [
            ("the council", "Richard Hale", "indirect"),
            ("repairs would begin in spring", "Richard Hale", "indirect"),
        ],
    ),
    # An adverb between the verb and "that" is not content.
    (
        "Councillor Ivo Brandt has said repeatedly that the ferry would stop.\n",
        [("the ferry would stop", "Ivo Brandt", "indirect")],
    ),
    # A wire dateline is not part of what was said.
    (
        "PORTVILLE (Reuters) - The ferry will not run on Sundays, harbour master Karl Meyer said.\n",
        [("The ferry will not run on Sundays", "Karl Meyer", "indirect")],
    ),
    (
        "PORTVILLE, Sept. 3 (AP) — The toll will rise, the harbour board said.\n",
        [("The toll will rise", "harbour board", "indirect")],
    ),
    # People by trade as speakers after the content.
    (
        "Fish prices rose 3 percent at the harbour market on the news, traders said.\n",
        [("Fish prices rose 3 percent at the harbour market on the news", "traders", "indirect")],
    ),
    # Countries called "the two neighbours" are not people quoted.
    ("The ferry runs twice a day as the two neighbours pledged closer ties.\n", []),
    # "A spokesperson for the Department of X, Lisa Park, said": the name in the appositive.
    (
        "A spokesperson for the Department of Harbours, Lisa Park, said the quay was closed.\n",
        [("the quay was closed", "Lisa Park", "indirect")],
    ),
    # A verb that takes an object after a relative appositive.
    (
        "Councillor Wei Chen spoke first.\n\nChen, who represents the waterfront, accused the board of "
        "mismanagement.\n",
        [("the board of mismanagement", "Wei Chen", "indirect")],
    ),
    # People at an institution; "state" after a determiner is no verb.
    (
        "Economists at the state university estimate the toll would raise $12 million a year.\n",
        [("the toll would raise $12 million a year", "Economists", "indirect")],
    ),
    # A subject with a relative clause: the whole phrase speaks, not the object inside the clause.
    (
        "Residents who live near the quay said the noise was unbearable.\n",
        [("the noise was unbearable", "Residents", "indirect")],
    ),
    (
        "The officials who ran the ferry say that the rules were followed.\n",
        [("the rules were followed", "officials", "indirect")],
    ),
    (
        "Insurance companies that had covered the ferry agreed to release the money.\n",
        [("to release the money", "Insurance companies", "indirect")],
    ),
    # A relative clause inside the content of "saying" does not outrank the stance before it.
    (
        "Councillor Ivo Brandt had mocked the complaint, saying anybody who complains about the ferry "
        "should walk.\n",
        [
            ("the complaint", "Ivo Brandt", "indirect"),
            ("anybody who complains about the ferry should walk", "Ivo Brandt", "indirect"),
        ],
    ),
    # A second verb phrase of the speaker ends the first one's content.
    (
        "In her speech, Ferreira urged residents to use the ferry, and criticized the toll on the bridge.\n",
        [("residents to use the ferry", "Ferreira", "indirect")],
    ),
    # The comma before a closing mark still ends the content before ", but he …".
    (
        "Councillor Ivo Brandt spoke.\n\nBrandt is promising lower tolls and “ferries, ferries, ferries,” "
        "but he has also raised the parking fees.\n",
        [("lower tolls and “ferries, ferries, ferries", "Ivo Brandt", "mixed")],
    ),
    # A weak verb of stance after a relative appositive: the name it belongs to holds the stance.
    (
        "Former Gov. Ed Rendell, who chaired the harbour board for a decade, agreed that the toll "
        "should be modernized.\n",
        [("the toll should be modernized", "Ed Rendell", "indirect")],
    ),
    ("Conversely, most ferry trips were late, compared to only a third last year.\n", []),
    # "…, and when pressed on …, she replied": the content ends where a new cue's sentence part starts.
    (
        "Mayor Alma Ferreira spoke.\n\nShe said the ferry would not run on Sundays, and when pressed on "
        "why the plan leaves out the crews, the 54-year-old mayor replied, “The crews need a day off.”\n",
        [
            ("the ferry would not run on Sundays", "Alma Ferreira", "indirect"),
            ("The crews need a day off.", "Alma Ferreira", "direct"),
        ],
    ),
    # Reporting verbs of the style guides, beyond "said": affirm, underscore, speculate, assert, clarify.
    (
        "Councillor Ivo Brandt affirmed that the toll would stay.\n",
        [("the toll would stay", "Ivo Brandt", "indirect")],
    ),
    (
        "Councillor Ivo Brandt spoke first.\n\nBrandt speculated that the bridge would cost more.\n",
        [("the bridge would cost more", "Ivo Brandt", "indirect")],
    ),
    (
        "Councillor Ivo Brandt left the meeting, asserting, “The vote was rigged.”\n",
        [("The vote was rigged.", "Ivo Brandt", "direct")],
    ),
    (
        "Mayor Alma Ferreira later clarified her position, saying the ferry would run.\n",
        [("her position", "Alma Ferreira", "indirect"), ("the ferry would run", "Alma Ferreira", "indirect")],
    ),
    ("The board will have to reckon with the debt.\n", []),
    # An age between commas before a relative appositive; an addressee before a bare clause.
    (
        "Councillor Ivo Brandt, 56, who has served on the harbour board for a decade, told the weekly "
        "newsletter it is clear the toll will rise.\n",
        [("it is clear the toll will rise", "Ivo Brandt", "indirect")],
    ),
    # "went on to …", "continued to …": the subject of the verb before "to".
    (
        "Ferreira went on to discuss the new ferry timetable.\n",
        [("the new ferry timetable", "Ferreira", "indirect")],
    ),
    (
        "Small groups of protesters continued to call for a review of the quotas.\n",
        [("a review of the quotas", "Small groups of protesters", "indirect")],
    ),
    # A negated verb of speech before an indirect question.
    (
        "The councillors have not said when they would vote on the toll.\n",
        [("when they would vote on the toll", "councillors", "indirect")],
    ),
    # An opening participle clause: its content ends where the main clause and its subject begin.
    (
        "Claiming the toll is unfair to fishermen, Mayor Alma Ferreira told the council that she would "
        "vote no.\n",
        [
            ("the toll is unfair to fishermen", "Alma Ferreira", "indirect"),
            ("she would vote no", "Alma Ferreira", "indirect"),
        ],
    ),
    (
        "Arguing that the toll was unfair, the mayor left the meeting.\n",
        [("the toll was unfair", None, "indirect")],
    ),
    # A bare clause after a verb that otherwise needs "that": a short subject, then a finite verb.
    (
        "Many of the residents believe quotas and fees are unfair.\n",
        [("quotas and fees are unfair", "Many of the residents", "indirect")],
    ),
    (
        "An inspection panel found the ferry company was in breach of its contract.\n",
        [("the ferry company was in breach of its contract", "inspection panel", "indirect")],
    ),
    # An appositive that opens with a possessive.
    (
        "Portugal, the region's largest partner, said it was opposed to the toll.\n",
        [("it was opposed to the toll", "Portugal", "indirect")],
    ),
    # An opening place, with a relative clause about it, is neither content nor the speaker's name.
    (
        "In Zaporizhzhia, where residents queued at a charging point outside a shop, retired teacher "
        "Halyna Voitsekhivska, 67, said she had not slept.\n",
        [("she had not slept", "Halyna Voitsekhivska", "indirect")],
    ),
    (
        "In Zaporizhzhia, retired teacher Halyna Voitsekhivska, 67, said she had not slept.\n",
        [("she had not slept", "Halyna Voitsekhivska", "indirect")],
    ),
    # An opening place with a verbless phrase about it; a place opened by "outside", "near" and the like.
    (
        "At Scoil Bhríde in Clondalkin, one of the schools at the centre of the outbreak, principal Declan "
        "Moriarty said attendance had fallen by a third.\n",
        [("attendance had fallen by a third", "Declan Moriarty", "indirect")],
    ),
    (
        "Outside the school gates this morning, some parents said they had learned of it from a letter.\n",
        [("they had learned of it from a letter", "some parents", "indirect")],
    ),
    # "…, MRTV said in its evening bulletin.": the clause before the cue, however it is worded.
    (
        "The landslide struck at about 3am local time in Kachin State, state broadcaster MRTV said in its "
        "evening bulletin.\n",
        [("The landslide struck at about 3am local time in Kachin State", "MRTV", "indirect")],
    ),
    # "said … and dismissed X as “…”": the speaker's second verb phrase is a second attribution.
    (
        "But Premier Anthony Lisle said gold producers had “never been more profitable” and dismissed "
        "warnings of closures as “the same script”.\n",
        [
            ("gold producers had “never been more profitable”", "Anthony Lisle", "mixed"),
            ("warnings of closures as “the same script”", "Anthony Lisle", "mixed"),
        ],
    ),
    # Where it was said, then the clause without "that".
    (
        "The ministry said in a statement the talks had failed.\n",
        [("the talks had failed", "ministry", "indirect")],
    ),
    (
        "The Congressional Budget Office estimated the bill would add $12 billion to the deficit.\n",
        [
            (
                "the bill would add $12 billion to the deficit",
                "Congressional Budget Office",
                "indirect",
            )
        ],
    ),
    (
        "At least 38 people were killed in the collapse, officials and rescuers said.\n",
        [("At least 38 people were killed in the collapse", "officials and rescuers", "indirect")],
    ),
    # "…,” X said at a rally, PTI reported.": where it was said is not what the agency reported.
    (
        "“The mafia ran the state when in power,” Shukla said at a rally in Lucknow, PTI reported.\n",
        [("The mafia ran the state when in power,", "Shukla", "direct")],
    ),
    # A role with a modifier in apposition; a gathering told something is not what was told.
    (
        "Priya Manoharan, cabinet member for transport, told the meeting the gate was needed.\n",
        [("the gate was needed", "Priya Manoharan", "indirect")],
    ),
    (
        "The minister told parliament the bill would be withdrawn.\n",
        [("the bill would be withdrawn", None, "indirect")],
    ),
    # "called on X to …" is a demand, also with a quotation after "to"; "called on Wednesday for …" too.
    (
        "The association called on the state government to fund 20 more detectives.\n",
        [("the state government to fund 20 more detectives", "association", "indirect")],
    ),
    (
        "The office called on the police to “use force only as a last resort.”\n",
        [("the police to “use force only as a last resort.”", "office", "mixed")],
    ),
    (
        "Novak called on Wednesday for an early election.\n",
        [("for an early election", "Novak", "indirect")],
    ),
    # An appositive whose owner is a name in several words.
    (
        "Ana Beltrán, Ribera–Castellar’s sports director, said the team had known since March.\n",
        [("the team had known since March", "Ana Beltrán", "indirect")],
    ),
    # "what a judge called …" inside the subject: the judge named it, up to the sentence's own verb.
    (
        "A man who let a waste site grow into what a judge called a “toxic mountain” has been jailed.\n",
        [("toxic mountain", "judge", "direct")],
    ),
    # "warned X to …" after a first verb: what somebody was told to do.
    (
        "The ministry criticised the test and warned North Korea to refrain from further actions.\n",
        [
            ("the test", "ministry", "indirect"),
            ("North Korea to refrain from further actions", "ministry", "indirect"),
        ],
    ),
    # A subject with a participle phrase ("people involved in …", "residents affected by …").
    (
        "Many people involved in the negotiations assumed that the port would pay.\n",
        [("the port would pay", "Many people involved in the negotiations", "indirect")],
    ),
    (
        "The residents affected by the closure said the ferry was late.\n",
        [("the ferry was late", "residents affected by the closure", "indirect")],
    ),
    # Two coordinated verb phrases of one subject each keep their content.
    (
        "Mayor Alma Ferreira urged residents to “stay off the pier” and said repairs would take a month.\n",
        [
            ("residents to “stay off the pier”", "Alma Ferreira", "mixed"),
            ("repairs would take a month", "Alma Ferreira", "indirect"),
        ],
    ),
    # A clause of its own after ", but she" keeps its own attribution beside a verb of speech.
    (
        "The mayor said the pier was safe, but she rejects the new toll.\n",
        [("the pier was safe", None, "indirect"), ("the new toll", None, "indirect")],
    ),
    # An adjunct right after "that" belongs to the content.
    (
        "The harbour study found that in the three largest towns, ferry use has fallen.\n",
        [("in the three largest towns, ferry use has fallen", "harbour study", "indirect")],
    ),
    # "however" between commas, and an indefinite pronoun as the speaker.
    (
        "Some councillors, however, question the cost of the new quay.\n",
        [("the cost of the new quay", "Some councillors", "indirect")],
    ),
    (
        "Then someone asked how the ferry could run in winter.\n",
        [("how the ferry could run in winter", None, "indirect")],
    ),
    # Adverbs and time adjuncts between subject and cue, in any order.
    (
        "Ferreira this week also said she would run again.\n",
        [("she would run again", "Ferreira", "indirect")],
    ),
    # A short quoted fragment can be the subject of the reported clause.
    (
        "Mayor Alma Ferreira said “budget reforms” and unpaid fees would pay for the pier.\n",
        [("“budget reforms” and unpaid fees would pay for the pier", "Alma Ferreira", "mixed")],
    ),
    # The person shown speaking in footage, not the ad that shows it.
    (
        "The council ad uses footage of Mayor Alma Ferreira asking, “Why is the ferry late again?”\n",
        [("Why is the ferry late again?", "Alma Ferreira", "direct")],
    ),
    # A manner of speaking coordinated with a verb of saying is how it was said, by the same subject.
    (
        "Mayor Alma Ferreira laughed and said, “Nobody reads those reports.”\n",
        [("Nobody reads those reports.", "Alma Ferreira", "direct")],
    ),
    # An aside between commas before the that-clause, and a year between subject and cue.
    (
        "Several engineers cautioned, as did the port authority itself, that the costs might rise.\n",
        [("the costs might rise", "Several engineers", "indirect")],
    ),
    (
        "The ferry kept running, though an inspection panel in 2001 found that the hull was unsafe.\n",
        [("the hull was unsafe", "inspection panel", "indirect")],
    ),
    # Relatives as speakers, in a second verb phrase after "but also".
    (
        "His ex-wife agreed, but also contended that she should not have to pay.\n",
        [("she should not have to pay", None, "indirect")],
    ),
    # What a text reads is what it says.
    (
        "The Courier ran a story in 1996.\n\n“The harbour is dying,” the article read.\n",
        [("The harbour is dying,", "article", "direct")],
    ),
    # The platform someone took to is not the speaker.
    (
        "Mayor Alma Ferreira took to Twitter overnight to accuse the council of “sabotage.”\n",
        [("the council of “sabotage.”", "Alma Ferreira", "mixed")],
    ),
    (
        "Mayor Alma Ferreira went on Facebook to announce that the pier would close.\n",
        [("the pier would close", "Alma Ferreira", "indirect")],
    ),
    # A relative pronoun before the speaker's name: the content is the rest of the relative clause.
    (
        "The union bought the old dock, which Mr. Lind says he will keep open.\n",
        [("he will keep open", "Lind", "indirect")],
    ),
    # An adjunct set off by commas between the speaker and the cue.
    (
        "Minister Jonas Petrov spoke first.\n\n"
        "Mayor Alma Ferreira, asked about the tolls, said they would stay.\n",
        [("they would stay", "Alma Ferreira", "indirect")],
    ),
    (
        "Minister Jonas Petrov spoke first. “We wait,” he said.\n\n"
        "Mayor Alma Ferreira, at a later briefing, said, “The quay opens in May.”\n",
        [("We wait,", "Jonas Petrov", "direct"), ("The quay opens in May.", "Alma Ferreira", "direct")],
    ),
    (
        "Mayor Alma Ferreira said that the bridge would open in spring.\n",
        [("the bridge would open in spring", "Alma Ferreira", "indirect")],
    ),
    (
        "The bridge would open in spring, Mayor Alma Ferreira said on Thursday.\n",
        [("The bridge would open in spring", "Alma Ferreira", "indirect")],
    ),
    (
        "Minister Jonas Petrov spoke first.\n\nThe costs, he added, were higher than planned.\n",
        [("The costs, he added, were higher than planned", "Jonas Petrov", "indirect")],
    ),
    (
        "According to the harbour authority, the ferry will stop running in May.\n",
        [("the ferry will stop running in May", "harbour authority", "indirect")],
    ),
    (
        "The ferry will stop running in May, according to the harbour authority.\n",
        [("The ferry will stop running in May", "harbour authority", "indirect")],
    ),
    (
        "Ferreira told reporters that the toll would be waived for residents.\n",
        [("the toll would be waived for residents", "Ferreira", "indirect")],
    ),
    (
        "Union leader Marta Quist called for an independent review of the contract.\n",
        [("an independent review of the contract", "Marta Quist", "indirect")],
    ),
    (
        "Union leader Marta Quist urged the council to publish the contract.\n",
        [("the council to publish the contract", "Marta Quist", "indirect")],
    ),
    (
        "Engineer Pia Holm stressed that the old bridge was safe for pedestrians.\n",
        [("the old bridge was safe for pedestrians", "Pia Holm", "indirect")],
    ),
    (
        "Engineer Pia Holm warned that the cables were corroding faster than expected.\n",
        [("the cables were corroding faster than expected", "Pia Holm", "indirect")],
    ),
    # Mixed: reported speech carrying a quoted fragment.
    (
        "Quist described the contract as “a gift to the builders” and demanded a vote.\n",
        [("the contract as “a gift to the builders” and demanded a vote", "Quist", "mixed")],
    ),
    (
        "Fisherman Olaf Berg was quoted as saying the harbour fees had doubled.\n",
        [("the harbour fees had doubled", "Olaf Berg", "indirect")],
    ),
    # A stance verb yields to the verb of speech of the same sentence.
    (
        "The city opposes the new toll, council spokesman Ravi Anand said on Friday.\n",
        [("The city opposes the new toll", "Ravi Anand", "indirect")],
    ),
    # A quotation that is the object of the cue stands alone, the rest of the clause is narrative.
    (
        "Dock workers chanted “Not one more hour!” and marched to the gate.\n",
        [("Not one more hour!", "Dock workers", "direct")],
    ),
    # "called X “Y”": the label given in quotation marks, with what it labels.
    (
        "Spokeswoman Greta Maas called the new timetable “a gift to commuters” on Friday.\n",
        [("the new timetable “a gift to commuters” on Friday", "Greta Maas", "mixed")],
    ),
    # A plain subject phrase with prepositions and no determiner.
    (
        "Experts on tides and coastal erosion said the new pier would silt up within a decade.\n",
        [("the new pier would silt up within a decade", "Experts on tides and coastal erosion", "indirect")],
    ),
    # Promises with an infinitive; studies and polls that "find" or "show" without "that".
    (
        "Dock workers said they wanted a fair deal but pledged to keep the port open.\n",
        [
            ("they wanted a fair deal", "Dock workers", "indirect"),
            ("to keep the port open", "Dock workers", "indirect"),
        ],
    ),
    (
        "One study found the toll would cost commuters more than the ferry.\n",
        [("the toll would cost commuters more than the ferry", "study", "indirect")],
    ),
    # A closing cue owns the whole sentence, even with another verb of speech inside it. A role with no
    # name anywhere in the article leaves the name unknown.
    (
        "The mayor had told the council that the toll was final, but a judge overruled her, "
        "the clerk added.\n",
        [
            (
                "The mayor had told the council that the toll was final, but a judge overruled her",
                None,
                "indirect",
            )
        ],
    ),
    # "maintains" after its content.
    (
        "The pier is older than the town records suggest, the harbour historian maintains.\n",
        [("The pier is older than the town records suggest", None, "indirect")],
    ),
    # A verb of thinking with a bare clause; a relative clause ends at its comma.
    (
        "Some residents believe the ferry will never come back.\n",
        [("the ferry will never come back", "Some residents", "indirect")],
    ),
    (
        "The report by the harbour board, which argued that the pier was unsafe, was published late.\n",
        [("the pier was unsafe", "harbour board", "indirect")],
    ),
    # A weak verb with a that-clause frames the strong one inside its content.
    (
        "Quist asserted that the mayor tells residents only half of the story.\n",
        [("the mayor tells residents only half of the story", "Quist", "indirect")],
    ),
    # A participle after the main clause takes the main subject, not the opening participle.
    (
        "Chastened by the audit, Mayor Alma Ferreira revised the plan, promising to cut the toll.\n",
        [("to cut the toll", "Alma Ferreira", "indirect")],
    ),
    # An indirect question.
    (
        "Engineer Pia Holm explained how the tide had undermined the north pier.\n",
        [("how the tide had undermined the north pier", "Pia Holm", "indirect")],
    ),
    # A verb outside the lexicon with a that-clause.
    (
        "Engineer Pia Holm recognised that the old cables had failed.\n",
        [("the old cables had failed", "Pia Holm", "indirect")],
    ),
    # A statement reported through a noun.
    (
        "Mayor Alma Ferreira spoke first. Critics doubted Ferreira's claim that the toll would fall.\n",
        [
            ("Ferreira's claim that the toll would fall", "Critics", "indirect"),
            ("the toll would fall", "Alma Ferreira", "indirect"),
        ],
    ),
    # A subject named once, two verbs of speech: each gets its own content.
    (
        "Ferreira says the contractor promised to finish early and said the toll would stay.\n",
        [
            ("the contractor promised to finish early", "Ferreira", "indirect"),
            ("the toll would stay", "Ferreira", "indirect"),
        ],
    ),
    # A content that starts with a noun that could be a verb ("praise").
    (
        "Petrov said praise from the minister would not change his vote.\n",
        [("praise from the minister would not change his vote", "Petrov", "indirect")],
    ),
    # An opening adverbial that names a quoted programme is still not the content.
    (
        "In an interview on the radio show “Harbour Hour,” Mayor Alma Ferreira said the toll would go.\n",
        [("the toll would go", "Alma Ferreira", "indirect")],
    ),
    # A participle clause after a closing cue belongs to the sentence, not to the content.
    (
        "The club has signed the Danish striker Ole Brandt on a two-year deal, the club announced on "
        "Tuesday, completing its biggest transfer of the year.\n",
        [("The club has signed the Danish striker Ole Brandt on a two-year deal", "club", "indirect")],
    ),
    # A statement that opens with a participle is still the content when only an adjunct follows the cue.
    (
        "Rising tides along the north shore could flood the quay, Ferreira said in her interview.\n",
        [("Rising tides along the north shore could flood the quay", "Ferreira", "indirect")],
    ),
    # An opening adverbial is not the content.
    (
        "In a statement on Monday, the council said it would delay the vote.\n",
        [("it would delay the vote", "council", "indirect")],
    ),
    # An attribution inside the content stays in it, and is a quotation of its own.
    (
        "Mayor Alma Ferreira said she had a trusted source who told her the ferry company had sold its "
        "boats.\n",
        [
            (
                "she had a trusted source who told her the ferry company had sold its boats",
                "Alma Ferreira",
                "indirect",
            ),
            ("the ferry company had sold its boats", None, "indirect"),
        ],
    ),
    # A long subject phrase with prepositions is still the source of a verb of saying.
    (
        "Harbour observers on the north shore and around the bay say the toll is far too high.\n",
        [("the toll is far too high", None, "indirect")],
    ),
    # "many of whom say": the relative clause is the attribution, not the phrase before it.
    (
        "The trawler crews, many of whom say the quotas are unfair, met on Monday.\n",
        [("the quotas are unfair", None, "indirect")],
    ),
    # Adverbs between the subject and the cue; a bare clause with a pronoun subject.
    (
        "The ferry company just this month announced it would cut the winter timetable.\n",
        [("it would cut the winter timetable", "ferry company", "indirect")],
    ),
    # An occasion between the cue and a bare clause.
    (
        "Ferreira said after the vote she would not resign.\n",
        [("she would not resign", "Ferreira", "indirect")],
    ),
    # A fronted phrase without a verb is not what was said.
    (
        "More than the toll or the bridge, Ferreira believes the harbour needs new cranes.\n",
        [("the harbour needs new cranes", "Ferreira", "indirect")],
    ),
    # A closing cue with its addressee owns the sentence, the weak verb inside it included.
    (
        "The quay will be ready by May, but only if the council can be convinced that it pays, Senator "
        "Ruth Okafor told The Harbour Courier on Thursday.\n",
        [
            (
                "The quay will be ready by May, but only if the council can be convinced that it pays",
                "Ruth Okafor",
                "indirect",
            )
        ],
    ),
    # An occasion and "that" before a clause that holds another cue: the outer attribution owns it.
    (
        "Brandt said during a rally in the old harbour that Ferreira once described the toll as “a "
        "fair price.”\n",
        [("Ferreira once described the toll as “a fair price.”", "Brandt", "mixed")],
    ),
    # What a document says, not the document, is the content of "released a letter that says".
    (
        "Ferreira released a letter from her doctor on Friday that says she is in good health.\n",
        [("she is in good health", "Ferreira", "indirect")],
    ),
    # A second verb phrase of the speaker ends the first one's content.
    (
        "Brandt tweeted that the toll was “a scam” and encouraged residents to “check out” the accounts.\n",
        [("the toll was “a scam”", "Brandt", "mixed")],
    ),
    # A participle right after a quotation whose comma is inside the marks.
    (
        "Ferreira praised the new quay as “a fine piece of work,” comparing it favorably to the old pier.\n",
        [
            ("the new quay as “a fine piece of work,”", "Ferreira", "mixed"),
            ("it favorably to the old pier", "Ferreira", "indirect"),
        ],
    ),
    # An indirect question after a verb of saying is its content.
    (
        "But harbour master Ivo Brandt isn’t saying if the ferry company broke any rules.\n",
        [("if the ferry company broke any rules", "Ivo Brandt", "indirect")],
    ),
    (
        "A memorable council poster in 2019 questioned whether the bridge was safe.\n",
        [("whether the bridge was safe", None, "indirect")],
    ),
    # With a that-clause after the verb, the phrase that opens the sentence is the source.
    (
        "Those close to the mayor say that she will not run again.\n",
        [("she will not run again", None, "indirect")],
    ),
    (
        "Twelve percent indicated that they had not decided.\n",
        [("they had not decided", "Twelve percent", "indirect")],
    ),
    (
        "But fishermen worry that the new quay will scare the cod away.\n",
        [("the new quay will scare the cod away", None, "indirect")],
    ),
]


# A stance or communication verb whose object is the position: no that-clause, an agent as subject.
OBJECTS = [
    # "including …" belongs to the object.
    (
        "Ferreira went on to discuss recent polls, including ones showing the toll losing support.\n",
        [("recent polls, including ones showing the toll losing support", "Ferreira", "indirect")],
    ),
    # Verbs of naming with a quotation ahead, like "called".
    (
        "The port authority branded the old ferry a “floating hazard.”\n",
        [("the old ferry a “floating hazard.”", "port authority", "mixed")],
    ),
    # Doubled consonants are inflected forms too ("admitted", "planned").
    (
        "Mayor Alma Ferreira has admitted using the old contract.\n",
        [("using the old contract", "Alma Ferreira", "indirect")],
    ),
    (
        "Senator Ruth Okafor cited the figure at last week's forum, further raising its profile.\n",
        [("the figure", "Ruth Okafor", "indirect")],
    ),
    # An object verb's content is its object, never the opening clause before it.
    (
        "Campaigning in the north last spring, Ferreira barely mentioned the toll.\n",
        [("the toll", "Ferreira", "indirect")],
    ),
    # A light verb with a noun of stance is one cue.
    (
        "Senator Ruth Okafor expressed concern that the ferry deal was rushed.\n",
        [("the ferry deal was rushed", "Ruth Okafor", "indirect")],
    ),
    (
        "Senator Ruth Okafor voiced support for the deal.\n",
        [("the deal", "Ruth Okafor", "indirect")],
    ),
    # A short object phrase is a whole position.
    (
        "Senator Ruth Okafor cited the figure.\n",
        [("the figure", "Ruth Okafor", "indirect")],
    ),
    # Phrasal verbs of stance count only with their particle.
    (
        "Mayor Alma Ferreira is seizing on recent comments her rival made.\n",
        [("recent comments her rival made", "Alma Ferreira", "indirect")],
    ),
    (
        "Mayor Alma Ferreira pushed for a vote on the ferry contract.\n",
        [("a vote on the ferry contract", "Alma Ferreira", "indirect")],
    ),
    (
        "Mayor Alma Ferreira linked the delays to the old contract.\n",
        [("the delays to the old contract", "Alma Ferreira", "indirect")],
    ),
    # "OBJECT as …" after a verb of depiction is a stated view.
    (
        "In the campaign, Mayor Alma Ferreira painted her rival as an out-of-touch landlord.\n",
        [("her rival as an out-of-touch landlord", "Alma Ferreira", "indirect")],
    ),
    (
        "Most residents see the ferry as a lifeline.\n",
        [("the ferry as a lifeline", "Most residents", "indirect")],
    ),
    (
        "Polling averages show the mayor with a narrow lead.\n",
        [("the mayor with a narrow lead", "Polling averages", "indirect")],
    ),
    # A document subject with modifiers after its head: a participle, a prepositional phrase.
    (
        "The latest harbour poll released Friday shows that the mayor leads by four points.\n",
        [("the mayor leads by four points", "latest harbour poll", "indirect")],
    ),
    (
        "The average of polls taken over the past two weeks shows the mayor ahead.\n",
        [("the mayor ahead", "average of polls taken over the past two weeks", "indirect")],
    ),
    ("The mayor of the town on the hill shows visitors around the harbour.\n", []),
    # An opening adjunct before the document subject.
    (
        "In 2013, research conducted by the Institute for Ports and Harbour Affairs found the toll was "
        "too high.\n",
        [
            (
                "the toll was too high",
                "research conducted by the Institute for Ports and Harbour Affairs",
                "indirect",
            )
        ],
    ),
    (
        "If the ferry fails, environmentalists worry that the cost could fall to taxpayers.\n",
        [("the cost could fall to taxpayers", "environmentalists", "indirect")],
    ),
    # A refusal to speak is no stance ("declined to comment"); a refusal to act is one.
    ("Through a spokesman, Mayor Alma Ferreira declined to comment.\n", []),
    (
        "Mayor Alma Ferreira refused to release the audit of the harbour accounts.\n",
        [("to release the audit of the harbour accounts", "Alma Ferreira", "indirect")],
    ),
    (
        "The harbour board decided not to appeal the ruling.\n",
        [("not to appeal the ruling", "harbour board", "indirect")],
    ),
    # An infinitive complement followed by a comma is the content, not an adjunct before it.
    (
        "Mayor Alma Ferreira wants to sign up five hundred volunteers, focusing on students.\n",
        [("to sign up five hundred volunteers", "Alma Ferreira", "indirect")],
    ),
    # After a verb that takes no clause, "that" is a determiner of the object.
    (
        "Judge Ana Pires rejected that argument in a ruling released Thursday.\n",
        [("that argument", "Ana Pires", "indirect")],
    ),
    (
        "Mayor Alma Ferreira rejected claims that the pier was unsafe.\n",
        [("claims that the pier was unsafe", "Alma Ferreira", "indirect")],
    ),
    (
        "Senator Ruth Okafor cited the rising cost of ferry tickets, which doubled last year.\n",
        [("the rising cost of ferry tickets", "Ruth Okafor", "indirect")],
    ),
    (
        "The council endorsed the harbour plan, which will cost four million dollars.\n",
        [("the harbour plan", "council", "indirect")],
    ),
    (
        "Mayor Alma Ferreira called the toll a tax on workers.\n",
        [("the toll a tax on workers", "Alma Ferreira", "indirect")],
    ),
    # A document as the subject of a verb of evidence.
    (
        "Polls show a close race for the harbour seat.\n",
        [("a close race for the harbour seat", "Polls", "indirect")],
    ),
    (
        "A 2019 study by a port engineer found cracks in four of the piers.\n",
        [("cracks in four of the piers", "port engineer", "indirect")],
    ),
    # Verbs of stance, read only as "agent + verb + object"; a preposition before the object is left out.
    (
        "Councillor Ivo Brandt railed against the new parking fees.\n",
        [("the new parking fees", "Ivo Brandt", "indirect")],
    ),
    (
        "Brandt is promoting his plan for a second ferry.\n",
        [("his plan for a second ferry", "Brandt", "indirect")],
    ),
    # A negated auxiliary written as one word, a catenative verb before "to".
    (
        "Mayor Alma Ferreira arrived late. The mayor didn't know what the plan would cost.\n",
        [("what the plan would cost", "Alma Ferreira", "indirect")],
    ),
    (
        "Ferreira isn't saying whether the ferry will run.\n",
        [("whether the ferry will run", "Ferreira", "indirect")],
    ),
    ("Brandt was able to tout his record on jobs.\n", [("his record on jobs", "Brandt", "indirect")]),
    # A share of those polled as the subject.
    (
        "In the harbour poll, 63 percent said the mayor was right to keep the ferry.\n",
        [("the mayor was right to keep the ferry", "63 percent", "indirect")],
    ),
    # A passive verb of speech or stance: the subject is the position, the by-phrase its holder.
    (
        "The harbour plan has been endorsed by the fishermen's union.\n",
        [("The harbour plan", "fishermen's union", "indirect")],
    ),
    (
        "The registration issue was first reported by the Coastal Ledger.\n",
        [("The registration issue", "Coastal Ledger", "indirect")],
    ),
    (
        "Ferreira, meanwhile, is supported by far fewer councillors.\n",
        [("Ferreira", "far fewer councillors", "indirect")],
    ),
    # A verb of stance keeps its object when a participle of speech follows: two positions, one holder.
    (
        "Councillor Ana Holm had criticised the toll plan, saying the fee would hurt the poorest families.\n",
        [
            ("the toll plan", "Ana Holm", "indirect"),
            ("the fee would hurt the poorest families", "Ana Holm", "indirect"),
        ],
    ),
    # The question put to a speaker ("Asked about …, X said") is nothing they said.
    (
        "Asked about the new toll, Ferreira said she would not back down.\n",
        [("she would not back down", "Ferreira", "indirect")],
    ),
    # Works and documents hold positions like their authors.
    (
        "The new harbour film chronicles the decline of the fishing fleet.\n",
        [("the decline of the fishing fleet", None, "indirect")],
    ),
    # A pronoun contracted with its auxiliary ("She’s claiming …").
    (
        "Mayor Ana Holm spoke on Monday. She’s claiming that the toll is illegal.\n",
        [("the toll is illegal", "Ana Holm", "indirect")],
    ),
    # A dash ends the content of a weak cue.
    (
        "Critics would call the plan a giveaway - it has also divided the council.\n",
        [("the plan a giveaway", "Critics", "indirect")],
    ),
    # A communicative act with an object that names what was communicated.
    (
        "The harbour board released a statement defending the toll.\n",
        [("a statement defending the toll", "harbour board", "indirect")],
    ),
    # A position stated with a copula and an adjective or noun of stance.
    (
        "Councillor Ivo Brandt has been critical of the new toll.\n",
        [("the new toll", "Ivo Brandt", "indirect")],
    ),
    (
        "Ferreira is a fierce opponent of the second bridge.\n",
        [("the second bridge", "Ferreira", "indirect")],
    ),
    # The object ends before a second verb phrase or a relative clause.
    (
        "Brandt challenged the result and then demanded a recount.\n",
        [("the result", "Brandt", "indirect"), ("a recount", "Brandt", "indirect")],
    ),
    (
        "Ferreira defended the harbour plan, which critics called a waste.\n",
        [("the harbour plan", "Ferreira", "indirect")],
    ),
    # Paired dashes set off an aside inside the content; a single dash ends a weak cue's content.
    (
        "The harbour board estimates that the largest trawlers -- those over 40 metres -- would pay twice "
        "as much.\n",
        [
            (
                "the largest trawlers -- those over 40 metres -- would pay twice as much",
                "harbour board",
                "indirect",
            )
        ],
    ),
    # A weak cue with a phrase, not a clause, after it: the phrase ends like an object.
    (
        "Ferreira called for more school investment in a statement on Thursday.\n",
        [("more school investment", "Ferreira", "indirect")],
    ),
    # Adjuncts of time and occasion after the object are not part of the position.
    (
        "Senator Ruth Okafor attacked the toll as a tax on the poor during a debate on Monday night.\n",
        [("the toll as a tax on the poor", "Ruth Okafor", "indirect")],
    ),
    ("Brandt has mocked Ferreira since the election.\n", [("Ferreira", "Brandt", "indirect")]),
    (
        "Ferreira criticised the ferry company in early-morning posts.\n",
        [("the ferry company", "Ferreira", "indirect")],
    ),
]


# A position reported through a noun of intention or stance owned by its holder.
NOUN_STANCES = [
    # After a determiner and an adjective, "comments" is a noun, not the verb.
    (
        "Councillor Ivo Brandt repeated his infamous comments about the ferry being a waste.\n",
        [("the ferry being a waste", "Ivo Brandt", "indirect")],
    ),
    # A possessive pronoun points back to the name that opens its clause.
    (
        "Mayor Alma Ferreira is doubling down on her attacks on the ferry company.\n",
        [("the ferry company", "Alma Ferreira", "indirect")],
    ),
    (
        "In a speech at the harbour, Ferreira laid out her plan to widen the quay.\n",
        [("to widen the quay", "Ferreira", "indirect")],
    ),
    (
        "Residents cheered Mayor Alma Ferreira's decision to keep the ferry running.\n",
        [("to keep the ferry running", "Alma Ferreira", "indirect")],
    ),
    # The noun phrase as subject ends where its verb starts.
    (
        "Councillor Ivo Brandt spoke first.\n\nBrandt's criticism of the new toll was sharp.\n",
        [("the new toll", "Ivo Brandt", "indirect")],
    ),
    (
        "Councillor Ivo Brandt spoke first.\n\nNobody shared his enthusiasm for the second bridge.\n",
        [("the second bridge", "Ivo Brandt", "indirect")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), NOUN_STANCES)
def test_noun_stances(body: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _found(body) == expected


@pytest.mark.parametrize(("body", "expected"), OBJECTS)
def test_stance_objects(body: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _found(body) == expected


@pytest.mark.parametrize(("body", "expected"), REPORTED)
def test_reported_speech(body: str, expected: list[tuple[str, str | None, str]]) -> None:
    assert _found(body) == expected


SPEAKERS = [
    # "The diplomat" after a foreign ministry's spokeswoman is her, even though her role is another word.
    (
        "Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow would respond to new sanctions.\n\n"
        "The diplomat also noted that the West had “lost all sense of proportion”.\n",
        "Maria Zakharova",
        "role_noun",
    ),
    # A surname that opens with a lower-case particle.
    (
        "“We are closer than we have ever been,” Qatari foreign ministry spokesman Nasser al-Khulaifi told a "
        "weekly briefing in Doha.\n",
        "Nasser al-Khulaifi",
        "named",
    ),
    # Particles apart inside a name, before and after the verb.
    (
        "“We will respond,” said European Commission President Ursula von der Leyen.\n",
        "Ursula von der Leyen",
        "named",
    ),
    (
        "Crown Prince Mohammed bin Salman said the kingdom would invest in the project.\n",
        "Mohammed bin Salman",
        "named",
    ),
    # A person citing something still speaks for themselves.
    ("Mayor Ann Smith, citing a new poll, said voters had turned against the plan.\n", "Ann Smith", "named"),
    # A name set off after a role with an owner ("Pakistan’s ambassador to China, Khalil Hashmi,").
    (
        "Pakistan’s ambassador to China, Khalil Hashmi, said the agreement was a historic step.\n",
        "Khalil Hashmi",
        "named",
    ),
    # Who published a report speaks through it, whether or not the gazetteer knows them.
    ("According to a report in Haaretz, the cabinet approved the plan on Sunday.\n", "Haaretz", "named"),
    # Capitals inside a name word: the surname alone stands for the whole name.
    (
        "Rep. LaToya Beckwith-Ames, a Milwaukee Democrat, criticised the ruling.\n\n"
        "“Every time Milwaukee hits the target, Madison moves it,” Beckwith-Ames said.\n",
        "LaToya Beckwith-Ames",
        "surname",
    ),
    (
        "Kevin McKinley, a financial planner in Eau Claire, has seen it before.\n\n"
        "“People panic and sell at the bottom,” McKinley said.\n",
        "Kevin McKinley",
        "surname",
    ),
    # A name in apposition to the speaker phrase is the speaker; a name inside what was reported is not.
    (
        "The ferry was carrying 212 people, according to the head of the Kendari search and rescue office, "
        "Muhammad Arief Setiawan.\n",
        "Muhammad Arief Setiawan",
        "named",
    ),
    (
        "The New York Times reported at the time that the RT editor in chief, Margarita Simonyan, conveyed "
        "to Ms. Martin that her statement was ''not in line with our editorial policy.''\n",
        "The New York Times",
        "named",
    ),
    # A body's name runs on past "of"; a person's stops before the place they are "of".
    (
        "The Communications Workers of America, which represents 11,000 staff, said it would oppose the "
        "deal.\n",
        "Communications Workers of America",
        "named",
    ),
    (
        "Rep. Elijah Cummings of Maryland said the inquiry had been a sham from the start.\n",
        "Elijah Cummings",
        "named",
    ),
    # An ampersand joins the words of a name.
    ("Procter & Gamble said sales rose in the quarter.\n", "Procter & Gamble", "named"),
    (
        "Transport & Environment, a Brussels-based campaign group, called the draft “a gift to the "
        "laggards”.\n",
        "Transport & Environment",
        "named",
    ),
    # Legislators' titles, and a word qualifying a title, are no part of the name.
    (
        "Green MEP Sofie Langballe-Dahl said Parliament would not “rubber-stamp a U-turn”.\n",
        "Sofie Langballe-Dahl",
        "named",
    ),
    ("Labour MP Jane Smith said the plan would hurt families on low incomes.\n", "Jane Smith", "named"),
    ("Health Minister Ann Lee said the plan was sound and would be funded in full.\n", "Ann Lee", "named"),
    (
        "Alderwoman LaToya Beckwith said the city had hired more officers than ever.\n",
        "LaToya Beckwith",
        "named",
    ),
    # "The authors" are several people, never the one described as "lead author".
    (
        "The study was led by Dr. Hannah Oduya, the study's lead author.\n\n"
        "The authors wrote that disruption of the body's clock could explain the link.\n",
        "authors",
        "named",
    ),
    # A document's owner speaks through it; a document's size or date does not name it.
    (
        "According to the ministry's statement, the target was set at 29.8 million tonnes.\n",
        "ministry",
        "named",
    ),
    ("People who nap are at risk, according to a large study published Monday.\n", "study", "named"),
    # A nationality falls back on the person named last, never on one the quotation itself names.
    (
        "Tomasz Wroblewski kept the yellow jersey. Mikkel Haugaard won the stage.\n\n"
        "“When Mikkel goes like that, you don’t follow,” the Pole said with a smile.\n",
        "Tomasz Wroblewski",
        "role_noun",
    ),
    # "quoted a local official, Name, as saying": the name in apposition speaks.
    (
        "Xinhua news agency quoted a local fire services official, Ko Zaw Min Htet, as saying that 38 "
        "bodies had been recovered.\n",
        "Ko Zaw Min Htet",
        "named",
    ),
    # A company name that ends in "Technologies" is nobody's name.
    (
        "Calder Cell Technologies said Tuesday that it would pause construction.\n",
        "Calder Cell Technologies",
        "named",
    ),
    # A body described by its owner, and "it" after it, is the body, not a volunteer "with the Rescue Team".
    (
        "Most victims were pickers, according to Ma Hnin, a volunteer with the Hpakant Rescue Team.\n\n"
        "In a statement, the military government's information team said soldiers had been sent. "
        "It blamed the collapse on illegal miners.\n",
        "military government's information team",
        "pronoun",
    ),
    # An owner opens the sentence before unless what is owned is a person ("Lee's mother").
    (
        "The study was led by Dr. Hannah Oduya. “Naps are fine,” said Dr. Priya Selva, who was not "
        "involved.\n\nOduya's advice for now is simple. Keep naps short, she said, and keep them early.\n",
        "Hannah Oduya",
        "pronoun",
    ),
    # "Mr." does not end the sentence a pronoun looks back to.
    (
        "The minister, Mr. Ildefonso Guajardo, argues there is little point in answering Mr. Trump's "
        "threats. “We must not overreact to campaign rhetoric,” he told me.\n",
        "Ildefonso Guajardo",
        "pronoun",
    ),
    # A relative clause after the name, before a passive cue.
    (
        "Deputy Prime Minister Anatoly Vereshchagin met the Iranian minister.\n\n"
        "Vereshchagin, who oversees energy policy, was quoted by RIA Novosti as saying that the documents "
        "were signed.\n",
        "Anatoly Vereshchagin",
        "surname",
    ),
    # A minister's portfolio is not part of the name, nor a person of its own; a shorter form of a long
    # name is the same person.
    (
        "Federal Minister for National Food Security and Research Rana Muhammad Azhar Khokhar said on "
        "Tuesday that the price was fixed.\n\nThe minister said the decision was taken in a meeting.\n",
        "Rana Muhammad Azhar Khokhar",
        "role_noun",
    ),
    (
        "Punjab Minister for Agriculture Syed Ashiq Hussain Kirmani said 400 centres would open.\n",
        "Syed Ashiq Hussain Kirmani",
        "named",
    ),
    (
        "Minister for Food Rana Muhammad Azhar Khokhar fixed the price.\n\n"
        "Rana Azhar said the doors of the ministry were open.\n",
        "Rana Muhammad Azhar Khokhar",
        "named",
    ),
    # An indefinite speaker the next sentence names.
    (
        "“They want us to work until we drop,” a woman shouted into a megaphone. She was Rosa Mamani, 61, a "
        "retired teacher.\n",
        "Rosa Mamani",
        "cataphora",
    ),
    # The sentence after a quotation with no cue says who spoke.
    (
        "“The window is open, but it will not stay open forever.” The warning came from Ahmed Ragab, a "
        "former intelligence officer.\n",
        "Ahmed Ragab",
        "named",
    ),
    (
        "“The window is open, but it will not stay open forever.” The remarks were made by Foreign "
        "Minister Ahmed Ragab on Tuesday.\n",
        "Ahmed Ragab",
        "named",
    ),
    # An abbreviation ("U.N.") does not end the sentence a pronoun looks back to.
    (
        "In response to pressure, Aung San Suu Kyi set up a commission, overseen by former U.N. secretary "
        "general Kofi Annan, to study the clashes.\n\n"
        "“Unity also means prosperity, because people fight over limited resources,” she said.\n",
        "Aung San Suu Kyi",
        "pronoun",
    ),
    # Where an organisation is based does not name it: "the Dublin-based airline" is the airline.
    (
        "SkyBridge Airlines cancelled 400 flights.\n\nThe Dublin-based airline said flights would run.\n",
        "SkyBridge Airlines",
        "role_noun",
    ),
    # A particle joined to a surname by a hyphen is part of the name; the surname alone resolves to it.
    (
        "“We are closer,” spokesman Nasser al-Khulaifi told a briefing.\n\n"
        "Al-Khulaifi said mediators had presented a proposal.\n",
        "Nasser al-Khulaifi",
        "surname",
    ),
    # "X's mission to the United Nations": the complement belongs to the speaker's phrase.
    (
        "Israel traded fire with Hezbollah overnight, and Iran’s mission to the United Nations said that "
        "a ceasefire was the only thing that could delay a response.\n",
        "Iran’s mission to the United Nations",
        "named",
    ),
    # "Coast Guard", "General Staff": bodies, never a person whose surname a country could be.
    (
        "The China Coast Guard said its ships had expelled the vessels.\n\n"
        "China on Tuesday accused the Philippines of provoking a confrontation.\n",
        "China",
        "named",
    ),
    ("According to the General Staff, Russian forces lost about 1,020 troops.\n", "General Staff", "named"),
    # An unnamed speaker is its head phrase; what describes the head after it is not the speaker.
    ("Two sources briefed on the talks told Reuters that Israel was ready.\n", "Two sources", "named"),
    (
        "A Commission official speaking on condition of anonymity said a request was being drafted.\n",
        "Commission official",
        "named",
    ),
    (
        "A Hamas official with knowledge of the negotiations told AFP that the movement had accepted.\n",
        "Hamas official",
        "named",
    ),
    ("Farmers gathered at a tea stall on the highway said cattle were their worry.\n", "Farmers", "named"),
    # A quotation a colon introduces belongs to the subject of the clause before the colon.
    (
        "In Kyiv, Energy Minister Oksana Melnik put the scale of the problem bluntly: "
        "“We are repairing in hours what they destroy in minutes.”\n",
        "Oksana Melnik",
        "named",
    ),
    (
        "The coast guard was angry. Its spokesman, Commodore Rafael Soriano, was blunt: "
        '"Nobody blocked anybody. Our ships were on a routine patrol inside our own zone."\n',
        "Rafael Soriano",
        "named",
    ),
    (
        "Commissioner Kerrie Madden said crews had carried out 37 rescues.\n\n"
        "Her message to drivers was simple: “If it's flooded, forget it. We have pulled people off roofs.”\n",
        "Kerrie Madden",
        "pronoun",
    ),
    # A pronoun after an opening phrase is the subject of the sentence before, as one that opens it is.
    (
        "Judge Mara Quinn wrote for the majority. Judge Tom Ruiz took a different view. "
        "In a short dissent, he wrote that the statute was clear.\n",
        "Tom Ruiz",
        "pronoun",
    ),
    # The sentence before opens with a place, then names its subject.
    (
        "“The river will peak tonight,” said Inspector Glen Hart.\n\n"
        "In the suburb of One Mile, Amélie Durand was loading a trailer. "
        "She said neighbours had warned her about the water.\n",
        "Amélie Durand",
        "pronoun",
    ),
    # An appositive name the entity scan cannot read: the surname "He".
    (
        "A ministry spokeswoman, He Yadong, told a briefing that the tolls broke the rules.\n",
        "He Yadong",
        "named",
    ),
    # "A spokesman for the European Commission": the body speaks.
    (
        "A spokesman for the Harbour Commission said the toll was under review.\n",
        "Harbour Commission",
        "named",
    ),
    # "the airline" after "SkyBridge Airlines": the organisation the article named with that noun.
    (
        "SkyBridge Airlines cancelled 400 flights on Monday.\n\n"
        "The airline said most flights would run normally on Tuesday.\n",
        "SkyBridge Airlines",
        "role_noun",
    ),
    # "… of Humanitarian Affairs" ends the name of an office, not of a person.
    (
        "At least 1,340 cases have been recorded, the U.N. Office for the Coordination of Humanitarian "
        "Affairs (OCHA) said.\n",
        "U.N. Office for the Coordination of Humanitarian Affairs",
        "named",
    ),
    # The name of a body after words for what kind of body it is.
    (
        "The walking and cycling campaign group Kingsmere Streets for People said the vote was a small "
        "but important step.\n",
        "Kingsmere Streets for People",
        "named",
    ),
    # "The Russian minister": the Russian counterpart, not the minister of another country.
    (
        "Talks were held between External Affairs Minister Anand Subrahmanyam and his Russian "
        "counterpart Gennady Orlov.\n\n“Our ties have stood the test of time,” Orlov told reporters.\n\n"
        "The Russian minister said Moscow was ready to raise supplies of crude oil.\n",
        "Gennady Orlov",
        "role_noun",
    ),
    # "The Hallam boss" is the manager the article introduced.
    (
        "Hallam manager Graham Pettifer said the club had made a fair offer.\n\n"
        "The Hallam boss confirmed that the winger had trained with the squad on Friday.\n",
        "Graham Pettifer",
        "role_noun",
    ),
    # The spokeswoman named in the next sentence: "X was responding to a question …".
    (
        "“We will not take lectures,” Indian minister Ritika Bhardwaj said.\n\n"
        "“India does not need lectures from anybody,” the spokeswoman said on Monday. Russian foreign "
        "ministry spokeswoman Olga Sventitskaya was responding to a question about sanctions.\n",
        "Olga Sventitskaya",
        "cataphora",
    ),
    # "Lawyers for the state" are a group, not a person whose role mentions a state.
    (
        "The lawsuit was brought by the Missouri State Conference of Black Clergy and a student group.\n\n"
        "Lawyers for the state argued in court filings that the law was modeled on measures in Florida.\n",
        "Lawyers for the state",
        "named",
    ),
    # "the 52-year-old": the person given that age, or else the person named last.
    (
        "Ram Thapa, 61, lost his farm. Mira Rai lost her shop.\n\n“Nothing is left,” said the 61-year-old.\n",
        "Ram Thapa",
        "role_noun",
    ),
    (
        "The water reached the ceiling of Sunita Maharjan's room within an hour.\n\n"
        "“I grabbed my grandson and climbed onto the roof,” the 52-year-old said.\n",
        "Sunita Maharjan",
        "role_noun",
    ),
    # A nationality noun: the person introduced with it, or else the person named last.
    (
        "Frenchman Lucas Berthier beat Tomas Vaitkus in the semifinal.\n\n"
        "“He hits very flat, very hard,” the Frenchman said.\n",
        "Lucas Berthier",
        "role_noun",
    ),
    (
        "Álvaro Montiel, who was chasing a third title, was gracious in defeat.\n\n"
        "“He played without fear,” the Spaniard said.\n",
        "Álvaro Montiel",
        "role_noun",
    ),
    # The person named last, by surname too, not the person introduced last.
    (
        "Álvaro Montiel lost to Tomas Vaitkus.\n\nCoach Darius Marek was more measured.\n\n"
        "Montiel was gracious in defeat.\n\n“He played without fear,” the Spaniard said.\n",
        "Álvaro Montiel",
        "role_noun",
    ),
    # A role called by another name on second mention, and a state's office holder.
    (
        "Assistant District Attorney Noemí Castañeda told the jury that the builder had cut corners.\n\n"
        "The prosecutor argued that emails shown to jurors proved the builder knew about the problem.\n",
        "Noemí Castañeda",
        "role_noun",
    ),
    (
        "Turkish President Ahmet Korkmaz spoke by phone with his Iranian counterpart.\n\n"
        "Turkey's president urged both sides to step back from a wider confrontation.\n",
        "Ahmet Korkmaz",
        "role_noun",
    ),
    # … named further on too.
    (
        "Iran said it would respond, as Turkey's president urged both sides to step back.\n\n"
        "Turkish President Ahmet Korkmaz spoke by phone with his Iranian counterpart.\n",
        "Ahmet Korkmaz",
        "role_noun",
    ),
    # Of two people sharing a surname, the bare surname is the one the article first called by it.
    (
        "Maialen Goñi is already crouched in front of the grill.\n\nGoñi, 36, opened the restaurant.\n\n"
        "Her brother, Iker Goñi, now runs the dining room.\n\n"
        "Goñi says she has rejected offers to open in London, Dubai and New York.\n",
        "Maialen Goñi",
        "surname",
    ),
    # Titles of office and councils are not part of the name; nor is the firm that owns it.
    (
        "“We are seeing a pause,” Chief Executive Ingrid Solberg-Maas told analysts on a call.\n",
        "Ingrid Solberg-Maas",
        "named",
    ),
    (
        "Conservative group leader Cllr Geoffrey Aldous said the council had ignored residents.\n",
        "Geoffrey Aldous",
        "named",
    ),
    (
        "Bernstein's Chloé Vasseur-Lambert was more sanguine, writing that the pullback looked cyclical.\n",
        "Chloé Vasseur-Lambert",
        "named",
    ),
    # A state after a name already known is not part of it; "George Washington" stays whole.
    (
        "Turkish President Ahmet Korkmaz called his Iranian counterpart.\n\n"
        "State television said Nourbakhsh had told Korkmaz Iran would respond.\n\n"
        "Iran said it reserved the right to respond at a time of its choosing.\n",
        "Iran",
        "named",
    ),
    (
        "George Washington said the army would cross the river at night.\n",
        "George Washington",
        "named",
    ),
    # A road is no person, and a weekday names no company.
    (
        "The council approved a bus gate on Fenwick Road.\n\n"
        "Council leader Priya Manoharan said the gate would cut journey times.\n\n"
        "“A bus can take 25 minutes along Fenwick Road at peak times,” she said.\n",
        "Priya Manoharan",
        "pronoun",
    ),
    (
        "Shares fell on Thursday, the company said in a filing with regulators.\n\n"
        "The company said it would cut about 900 jobs.\n",
        "company",
        "named",
    ),
    # Police and military ranks are titles, not part of the name.
    (
        "Detective Senior Sergeant Luke Brannigan of the Rural Crime Squad said the sentences sent a strong "
        "message.\n",
        "Luke Brannigan",
        "named",
    ),
    # "A spokesman for Police Minister X": the minister speaks through the spokesman.
    (
        "A spokesman for Police Minister Trent Hadley said the request would be considered.\n",
        "Trent Hadley",
        "named",
    ),
    # An appositive name after a role noun of any trade ("coordinator", "barrister", "editor").
    (
        "The charity runs three clinics. Its emergency coordinator in Goma, Thomas Kahindo, warned that "
        "the true number of cases was higher.\n",
        "Thomas Kahindo",
        "named",
    ),
    # Names with accented letters are whole names, and the surname alone is the same person.
    (
        "Coach Darius Mažeika watched from the stands.\n\n“He never gave up,” Mažeika said.\n",
        "Darius Mažeika",
        "surname",
    ),
    (
        "“The wind decided it,” said Álvaro Montiel, the Spanish champion.\n",
        "Álvaro Montiel",
        "named",
    ),
    (
        "Aylin Demirtaş, a senior fellow at a research centre, said the route was still small.\n",
        "Aylin Demirtaş",
        "named",
    ),
    # The organisation introduced with that noun before its name, after it, or by "X of Y".
    (
        "Energy regulator Powerwatch raised the price cap on Friday.\n\n"
        "The regulator said the rise reflected higher wholesale costs.\n",
        "Powerwatch",
        "role_noun",
    ),
    (
        "Tidewell, the water utility for the northern suburbs, raised its charges.\n\n"
        "The utility said the money would pay for new mains.\n",
        "Tidewell",
        "role_noun",
    ),
    (
        "Central Bank of Norland Governor Ilse Marr spoke after the decision.\n\n"
        "The bank said rates would stay on hold.\n",
        "Central Bank of Norland",
        "role_noun",
    ),
    # A title after the noun begins a person's name: no organisation is introduced.
    (
        "Union leader Maggie Doyle spoke to the strikers.\n\n"
        "The union said the ballot would close on Friday.\n",
        "union",
        "named",
    ),
    # A museum is no person, and one museum is not another.
    (
        "The National Museum of Scotland returned the bronzes.\n\n"
        "The British Museum, which holds the largest collection, has said it cannot return them.\n",
        "British Museum",
        "named",
    ),
    # A compound role in the appositive: "director-general of …".
    (
        "Abba Isa Tijani, director-general of the Harbour Commission, thanked the museum.\n",
        "Abba Isa Tijani",
        "named",
    ),
    # A definite description points back to the person the article introduced with those words.
    (
        "Sen. Maria Lopez, a Democrat from Arizona, and Sen. John Harris, a Republican from Texas, "
        "clashed on Tuesday.\n\nThe Texas Republican said the bill did nothing to stop crossings.\n",
        "John Harris",
        "role_noun",
    ),
    (
        "Sen. Maria Lopez, a Democrat from Arizona, and Sen. John Harris, a Republican from Texas, "
        "clashed on Tuesday.\n\nThe senator from Arizona told reporters she would try again.\n",
        "Maria Lopez",
        "role_noun",
    ),
    # A middle initial belongs to the name; the surname alone later points back to it.
    (
        "Harbour Commissioner Ruth J. Okafor toured the quay.\n\n"
        "Okafor said the repairs would take a year.\n",
        "Ruth J. Okafor",
        "surname",
    ),
    # "of Maryland", "at the Sierra Club": the name is the one before the place or body.
    (
        "Rep. Ivo Brandt of Maryland said the toll was unfair.\n",
        "Ivo Brandt",
        "named",
    ),
    (
        "Secretary of State Lena Kraus said the talks would resume.\n",
        "Lena Kraus",
        "named",
    ),
    # A name after a preposition, or the object of an organisation, is not the speaker.
    (
        "Security experts in the United States said the breach came from abroad.\n",
        "Security experts in the United States",
        "named",
    ),
    (
        "The Commission on Harbour Safety said the quay was unsafe.\n",
        "Commission on Harbour Safety",
        "named",
    ),
    # A role noun does not point forward to a person the article gives another role, further on.
    (
        "North Rail runs 500 trains a day. The operator said it would cut services by half on the strike "
        "days.\n\nA spokesman for the company said the new timetables were fair.\n\nCommuters were angry. "
        "Lena Kraus, who chairs the rail users' group, said people had lost patience.\n",
        "Lena Kraus",
        "named",
    ),
    # A plural role noun is a group, never the single official named next.
    (
        "The fire had burned 9,000 acres by noon, county officials said.\n\n"
        "“The wind turned on us,” the county fire chief, Rita Holm, said.\n",
        "Rita Holm",
        "named",
    ),
    # Surname alone resolves to the full name given earlier.
    (
        "Port director Hanna Lindqvist opened the meeting.\n\n“Traffic has doubled,” Lindqvist said.\n",
        "Hanna Lindqvist",
        "surname",
    ),
    # A role noun resolves to the person the article gave that role.
    (
        "Harbour spokeswoman Greta Maas met the press.\n\n“No ship was damaged,” the spokeswoman stressed.\n",
        "Greta Maas",
        "role_noun",
    ),
    # Pronoun.
    ("Captain Ines Duarte left the bridge.\n\n“The storm was brutal,” she said.\n", "Ines Duarte", "pronoun"),
    # Appositive between name and cue.
    (
        "Ola Brenn, director of the Coastal Institute at Norden University, said the dunes were shrinking.\n",
        "Ola Brenn",
        "named",
    ),
    # An indefinite phrase introduces a new speaker; the anonymity clause is not a statement.
    (
        "Port director Hanna Lindqvist opened the meeting.\n\nA senior port official, who asked not to be "
        "named, told reporters that the cranes were unsafe.\n",
        "senior port official",
        "named",
    ),
    # People of a place are a group, not a person named like the place; a relative clause only describes.
    (
        "But residents of Mill Close, whose gardens run down to the meadow, said the assurance meant "
        "little.\n",
        "residents of Mill Close",
        "named",
    ),
    # The only name an article has for somebody: "who gave his name only as", "identified only as".
    (
        "Another driver, who gave his name only as Hassan, told Reuters that the men had not been paid.\n",
        "Hassan",
        "named",
    ),
    (
        "A soldier, identified only as Sgt. Ahmed, said the road to the crossing was closed.\n",
        "Ahmed",
        "named",
    ),
    # A person described by a relative clause, then named in apposition.
    (
        "A woman who lives nearby, Maria Lopez, said the water had gone by morning.\n",
        "Maria Lopez",
        "named",
    ),
    # "family" is a noun, not an adverb in "-ly", and a family speaks as one group.
    (
        "Tyler Haskell was convicted on Friday. Haskell's family said they were heartbroken.\n",
        "Haskell's family",
        "named",
    ),
    # People described by a participle are the speakers, not the place at the end of the participle phrase.
    (
        "Drivers waiting in a dusty holding area on the Egyptian side of the border said they had been "
        "sent back twice.\n",
        "Drivers",
        "named",
    ),
    (
        "People queuing outside the bank said they had waited for hours.\n",
        "People",
        "named",
    ),
    # "who" makes whatever it describes a person; the name inside the relative clause is somebody else;
    # an epithet stands for the one person the sentence before named.
    (
        "Finn Ashby made 104 on Sunday. It was Ashby's third hundred. The left-hander, who was dropped on 14 "
        "by Nuwan Jayasekara at first slip, said he had worked on his game against spin.\n",
        "Finn Ashby",
        "role_noun",
    ),
    # A body described by a where-clause with its own verb.
    (
        "A fishermen’s association in Sinan County, where the trawler is registered, urged the government "
        "to station more patrol ships.\n",
        "fishermen’s association in Sinan County",
        "named",
    ),
    # "Her spokeswoman" speaks in the name of the person "her" stands for.
    (
        "Chief executive Maria Okafor said the mine would close.\n\n"
        "Ms Okafor declined to respond. Her spokeswoman said the company would not comment further.\n",
        "Maria Okafor",
        "role_noun",
    ),
    # "The company" is the company quoted by name before it.
    (
        "Kestrel Mining Ltd said on Monday it would close its Tarrant mine.\n\n"
        "The company said falling nickel prices had made the site unviable.\n",
        "Kestrel Mining Ltd",
        "role_noun",
    ),
    # A participle closing the wire's first sentence: its speaker is the subject after the dateline.
    (
        "BEIJING, March 3 (Xinhua) -- Chinese Foreign Minister Wang Yi on Tuesday held talks with his "
        "Pakistani counterpart, pledging to deepen the partnership.\n",
        "Wang Yi",
        "named",
    ),
    # After a title or role, "He" is a surname, not a pronoun.
    (
        "Chinese Vice Premier He Lifeng told a business forum that the economy was on track.\n",
        "He Lifeng",
        "named",
    ),
    ("“We oppose it,” said Foreign Ministry spokeswoman He Yadong.\n", "He Yadong", "named"),
    # A spokesperson for an embassy or ministry described with lowercase words speaks for it.
    (
        "Japanese Prime Minister Sanae Takaichi urged restraint. A spokesperson for the Japanese embassy in "
        "Beijing, who requested anonymity, said the ambassador had met Chinese officials.\n",
        "Japanese embassy in Beijing",
        "named",
    ),
    # "The CEO" is the person the article described as chief executive, not a name read after it.
    (
        "Chief financial officer Priya Raman said margins had narrowed.\n\n"
        "Northvale's chief executive, Mark Feld, defended the strategy. Speaking to CNBC, Feld said the "
        "company would keep investing.\n\n"
        "“We're playing a long game here,” the CEO said.\n\n"
        "Shareholder group Climate Action met the board on Friday.\n",
        "Mark Feld",
        "role_noun",
    ),
    # "The company" with no company quoted before is the one the story's first sentence opens with.
    (
        "Northvale Energy on Thursday reported a 12% fall in quarterly profit.\n\n"
        "The Houston-based company said it expects lower production this year.\n",
        "Northvale Energy",
        "role_noun",
    ),
    # Initials written together are part of the name; a capitalised office is no epithet for the person
    # the sentence before named; a bench speaks as a body, not as its last member.
    (
        "Speaking to reporters later, Devaswom Minister V.N. Vasavan said the government respected the "
        "court.\n",
        "V.N. Vasavan",
        "named",
    ),
    (
        "A division bench comprising Justice A.K. Menon and Justice Priya Nair observed that the authorities "
        "had failed.\n",
        "division bench",
        "named",
    ),
    # A kind of place before its name ("Kibbutz Nir Oz") names no person "the 34-year-old" could be.
    (
        "Among them was Noa Ben-Ami, whose brother Itay was taken from Kibbutz Nir Oz. “Every round of "
        "talks, they tell us it is the final round,” the 34-year-old said.\n",
        "Noa Ben-Ami",
        "role_noun",
    ),
    # A long title before a long name; a role noun with the body's name finds who holds a role in it.
    (
        "Federal Minister Rana Muhammad Azhar Khokhar said the support price was fair.\n\n"
        "Kissan Ittehad President Chaudhry Muhammad Anwar Bajwa said the price was too low.\n\n"
        "The Kissan Ittehad chief announced that the farmers' body would hold a protest.\n",
        "Chaudhry Muhammad Anwar Bajwa",
        "role_noun",
    ),
    # An embassy is a body; "States" inside "the United States embassy" is no verb.
    (
        'Diplomats said they feared unrest. The United States embassy urged "all parties to exercise '
        'restraint."\n',
        "United States embassy",
        "named",
    ),
    # A medium described by its kind is named by its name alone; a U.N. agency is no medium.
    ("Afghan broadcaster TOLOnews reported that the crossing had reopened.\n", "TOLOnews", "named"),
    ("Egypt’s state-run MENA news agency said the talks had ended.\n", "MENA", "named"),
    (
        "The camp now holds more than 90,000 people, according to the U.N. refugee agency.\n",
        "U.N. refugee agency",
        "named",
    ),
    # A body's name runs on past "and"; a capitalised small word inside a name; a local authority is the
    # council named before.
    (
        "Fife Sports and Leisure Trust, which runs the pools, said staff would be offered other jobs.\n",
        "Fife Sports and Leisure Trust",
        "named",
    ),
    (
        "Campaigners from Save Our Pools, who handed in a petition, said they were devastated.\n",
        "Campaigners from Save Our Pools",
        "named",
    ),
    (
        "Fife Council has confirmed that three pools will close.\n\n"
        "The local authority said the pools were no longer sustainable.\n",
        "Fife Council",
        "role_noun",
    ),
    # A one-word name shaped as no person's is a body, and "the agency" is the body quoted last; a name
    # ending in a portfolio word is a body, not an office.
    (
        "GeoNet said it had recorded more than 700 earthquakes.\n\n"
        "Dr Craig Miller said the unrest was not unprecedented. The agency said an eruption was unlikely.\n",
        "GeoNet",
        "role_noun",
    ),
    ("Civil Defence said there was no need for residents to evacuate.\n", "Civil Defence", "named"),
    # "Chair" and "Treasurer" are titles, not given names.
    (
        "Senate Commerce Committee Chair Wade Colquitt said the company had failed its riders.\n",
        "Wade Colquitt",
        "named",
    ),
    (
        "Treasurer Rachel Kinsella said the royalty rate on gold would rise.\n",
        "Rachel Kinsella",
        "named",
    ),
    # A document described by a participle; a determiner alone names nobody.
    (
        "A Health Ministry study published last year found elevated arsenic levels in children.\n",
        "Health Ministry study",
        "named",
    ),
    (
        "The Health Ministry study published last year found elevated arsenic levels in children.\n",
        "Health Ministry study",
        "named",
    ),
    # One capitalised word after "of" or "for" is a field, not the surname of a name read earlier.
    (
        "Dr Fergal Brien, the national director for Health Protection, spoke first.\n\n"
        "The committee will publish updated advice this week, according to the Department of Health.\n",
        "Department of Health",
        "named",
    ),
    # Cataphora: the role comes first, the name in the next sentence.
    (
        "The region's top engineer said the bridge would need new cables. "
        "Chief Engineer Farid Osei made the remark at a hearing on Tuesday.\n",
        "Farid Osei",
        "cataphora",
    ),
]


def test_a_state_speaks_as_a_body_and_a_role_noun_never_falls_back_on_it() -> None:
    body = (
        "Ministers clashed over the plan, with Hungary warning that the ban would push up bills.\n\n"
        "The talks ended early, with the minister saying that no deal was possible this year.\n"
    )
    first, second = analyse(HEAD + body).quotations
    assert first.speaker is not None
    assert (first.speaker.name, first.speaker.kind) == ("Hungary", "organisation")
    assert second.speaker is not None and second.speaker.name is None


@pytest.mark.parametrize(("body", "name", "resolution"), SPEAKERS)
def test_speaker_resolution(body: str, name: str, resolution: str) -> None:
    quotations = analyse(HEAD + body).quotations
    assert quotations, "a quotation must be found"
    speaker = quotations[-1].speaker
    assert speaker is not None
    assert (speaker.name, speaker.resolution) == (name, resolution)


# "They" opening a sentence stands for the group the sentence before opened with.
THEY = [
    (
        "Medicare data were used in a study published Wednesday.\n\n"
        "The researchers, from Emory University, analyzed 14 years of claims in 2,100 U.S. counties.\n\n"
        "They found that the risk of kidney injury rose by 9 percent after hot nights.\n",
        "researchers",
    ),
    ("Officials met on Monday. They said the bridge would reopen in May.\n", "Officials"),
]


# "It" opening a sentence stands for the body the sentence before opened with, never for a person.
IT = [
    ("The office urged restraint. It asked prosecutors to investigate the injury.\n", "office"),
    ("Parcelwise disputed the findings. It said its systems had not been breached.\n", "Parcelwise"),
    ("Mayor Ann Lee visited the site. It said the bridge would reopen.\n", None),
    ("Much of the work is done. It said the bridge would reopen.\n", None),
]


@pytest.mark.parametrize(("body", "body_name"), IT)
def test_it_is_the_body_the_sentence_before_opened_with(body: str, body_name: str | None) -> None:
    speaker = analyse(HEAD + body).quotations[-1].speaker
    assert speaker is not None
    assert speaker.name == body_name


@pytest.mark.parametrize(("body", "group"), THEY)
def test_they_is_the_group_the_sentence_before_opened_with(body: str, group: str) -> None:
    speaker = analyse(HEAD + body).quotations[-1].speaker
    assert speaker is not None
    assert (speaker.name, speaker.kind, speaker.resolution) == (group, "group", "pronoun")


MENTIONS = [
    # "senators on the committee": the complement belongs to the speaker's phrase; "one of" stays.
    (
        "Whitcombe withdrew after two Republican senators on the Commerce Committee said they would not "
        "back him.\n",
        "two Republican senators on the Commerce Committee",
    ),
    # A quantifier standing for people speaks: "Many said", "…, and several said".
    ("Shops were busy. Many said they had barely finished repairing the damage.\n", "Many"),
    ("Residents queued for water, and several said they no longer trusted the schedules.\n", "several"),
    ("Others in the queue said they had stocked up on candles.\n", "Others in the queue"),
    # A speaker phrase runs on through its complement to the complement's head.
    (
        "Turnout was high, according to the office of the state's chief electoral officer.\n",
        "the office of the state's chief electoral officer",
    ),
    ("Turnout was high, according to the head of the harbour board.\n", "the head of the harbour board"),
    # … but not across a coordination: "Phoenix and its officers" is no speaker.
    ("The letter suggests that Phoenix and its officers support the campaign.\n", "The letter"),
]


@pytest.mark.parametrize(("body", "mention"), MENTIONS)
def test_speaker_mentions(body: str, mention: str) -> None:
    quotations = analyse(HEAD + body).quotations
    assert [q.speaker.mention.text for q in quotations if q.speaker and q.speaker.mention] == [mention]


def test_the_question_put_to_a_speaker_is_not_theirs() -> None:
    body = (
        "Asked about the delay at the briefing, Commission spokesperson Anna Itkonen said no decision was "
        "taken.\n\n"
        "Asked at the briefing whether the president was frustrated with the Senate, Itkonen said he was "
        "not. “He has an excellent relationship with the majority leader,” she said.\n"
    )
    found = [(q.content.text, q.speaker.name if q.speaker else None) for q in analyse(HEAD + body).quotations]
    assert found == [
        ("no decision was taken", "Anna Itkonen"),
        ("he was not", "Anna Itkonen"),
        ("He has an excellent relationship with the majority leader,", "Anna Itkonen"),
    ]


def test_role_nouns_do_not_borrow_a_later_name() -> None:
    text = (
        HEAD
        + "North Rail runs 500 trains a day. The operator said it would cut services by half on the strike "
        "days.\n\nA spokesman for the company said the new timetables were fair.\n\nCommuters were angry. "
        "Lena Kraus, who chairs the rail users' group, said people had lost patience.\n"
    )
    first = analyse(text).quotations[0]
    assert first.speaker is not None and first.speaker.name != "Lena Kraus"
    text = (
        HEAD
        + "The fire had burned 9,000 acres, county officials said.\n\n“The wind turned,” Rita Holm said.\n"
    )
    first = analyse(text).quotations[0]
    assert first.speaker is not None and first.speaker.name == "county officials"


def test_text_without_title_or_paragraphs() -> None:
    text = (
        "Mayor Alma Ferreira said on Monday that the bridge would open in spring, and the residents "
        "welcomed the news. “We have waited long enough,” said shop owner Lena Kraus, who runs a bakery."
    )
    found = [(q.content.text, q.speaker.name if q.speaker else None) for q in analyse(text).quotations]
    assert found == [
        ("the bridge would open in spring", "Alma Ferreira"),
        ("We have waited long enough,", "Lena Kraus"),
    ]


def test_stance_in_the_headline_needs_an_agent_and_an_object() -> None:
    found = analyse("Harbour union endorses Ferreira for a second term\n\nThe vote is in May.\n").quotations
    assert [(q.content.text, q.speaker.name if q.speaker else None) for q in found] == [
        ("Ferreira for a second term", "Harbour union")
    ]
    assert analyse("Ferry fares: union backs down\n\nThe vote is in May.\n").quotations == ()


def test_what_the_subject_called_names_the_subject_as_the_mention() -> None:
    text = HEAD + "Harbour master Karl Meyer condemned what he called a “reckless” plan.\n"
    [quotation] = analyse(text).quotations
    assert quotation.speaker is not None
    assert quotation.speaker.name == "Karl Meyer"
    assert quotation.speaker.mention is not None
    assert quotation.speaker.mention.text == "Karl Meyer"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruth Okafor Grills Ferry Chief: ‘You Should Resign.’\n\n"
            "Councillor Ruth Okafor spoke on Monday.\n",
            [("You Should Resign", "Ruth Okafor", "direct")],
        ),
        (
            "A lesson from Ruth Okafor: 'Be the voice people hear.'\n\n"
            "Councillor Ruth Okafor spoke on Monday.\n",
            [("Be the voice people hear", "Ruth Okafor", "direct")],
        ),
        # Nobody the article names: no speaker to give the quotation.
        ("Bridge Will Open: ‘Finally Some Good News’\n\nThe bridge opens in May.\n", []),
    ],
)
def test_headline_ending_in_a_quotation_quotes_the_person_it_names(
    text: str, expected: list[tuple[str, str | None, str]]
) -> None:
    found = analyse(text).quotations
    assert [(q.content.text, q.speaker.name if q.speaker else None, q.kind) for q in found] == expected


def test_interview_answers_quote_the_person_interviewed() -> None:
    text = (
        "Interview: The architect rebuilding the harbour\n\n"
        "Anna Berg has spent a decade redesigning waterfronts. We spoke to Berg about the plan.\n\n"
        "Q: Why does the harbour need a new design?\n\n"
        "A: The old quay was built for ships that no longer exist.\n"
    )
    quotations = analyse(text).quotations
    found = [(q.content.text, q.speaker.name if q.speaker else None, q.kind) for q in quotations]
    assert found == [("The old quay was built for ships that no longer exist", "Anna Berg", "direct")]


def test_answer_lines_need_an_interview() -> None:
    text = HEAD + "A: The old quay was built for ships that no longer exist.\n"
    assert analyse(text).quotations == ()


def test_a_role_noun_does_not_fall_back_on_someone_known_by_another_role() -> None:
    text = HEAD + (
        "A former harbour official said the quay was unsafe.\n\n"
        "The mayor, writing on social media, said the quay was safe.\n"
    )
    last = analyse(text).quotations[-1]
    assert last.speaker is not None
    assert last.speaker.name != "former harbour official"


def test_a_role_noun_named_by_the_next_sentence_is_that_person() -> None:
    text = HEAD + (
        "“The ferry will run,” said Lena Kraus, a professor of shipping.\n\n"
        "The country's top diplomat said the ties were “special”. Foreign Minister Ivo Brandt made the "
        "remarks during a visit to the harbour.\n"
    )
    last = analyse(text).quotations[-1]
    assert last.speaker is not None
    assert (last.speaker.name, last.speaker.resolution) == ("Ivo Brandt", "cataphora")


def test_an_unnamed_official_is_somebody_a_pronoun_can_stand_for() -> None:
    text = HEAD + (
        "Councillor Miriam Oduya defended the plan.\n\n"
        "“It is theft,” said Graham Pettifer, who leads the opposition group.\n\n"
        "The council's chief executive told the meeting that the sale could not be completed this year. "
        "“It is a good idea for next year,” she said.\n"
    )
    last = analyse(text).quotations[-1]
    assert last.speaker is not None
    assert (last.speaker.name, last.speaker.resolution) == (None, "pronoun")


def test_a_capitalised_office_is_no_epithet_for_the_person_named_before() -> None:
    body = (
        "Senior counsel K. Ramesh submitted that 14 people had died.\n\n"
        "The Additional Advocate General told the court that draft rules were ready.\n"
    )
    last = analyse(HEAD + body).quotations[-1]
    assert last.speaker is not None and last.speaker.name != "K. Ramesh"


def test_a_possessed_role_is_not_the_speaker_quoted_under_that_role() -> None:
    text = HEAD + (
        "The union warned of layoffs, a spokeswoman told reporters.\n\n"
        "Asked about the toll, her spokesman said the union would not discuss rumours.\n"
    )
    speakers = [q.speaker for q in analyse(text).quotations]
    spokesmen = [s for s in speakers if s and s.role == "her spokesman"]
    assert spokesmen
    assert {(s.name, s.resolution) for s in spokesmen} == {(None, "unresolved")}


def test_evidence_in_the_headline_needs_a_document_subject() -> None:
    assert _found("") == []
    quotations = analyse("New Poll Shows Narrow Lead For Mayor\n\nThe poll was small.\n").quotations
    assert [(q.content.text, q.speaker.name if q.speaker else None) for q in quotations] == [
        ("Narrow Lead For Mayor", "New Poll")
    ]
    assert analyse("Mayor Shows Strength In Debate\n\nThe debate was long.\n").quotations == ()


def test_attribution_in_the_headline() -> None:
    text = (
        "Ferreira Says Toll Bridge Will Open In Spring\n\nThe mayor spoke at the town hall on Monday night.\n"
    )
    [quotation] = analyse(text).quotations
    assert quotation.content.text == "Toll Bridge Will Open In Spring"
    assert quotation.speaker is not None and quotation.speaker.name == "Ferreira"


def test_transcript_lines_name_their_speaker() -> None:
    body = (
        "Harbour master Ivo Brandt answered questions on the radio.\n\n"
        "HOST: Will the ferry run on Sunday?\n\nBRANDT: Only if the wind drops below gale force.\n"
    )
    found = _found(body)
    assert ("Only if the wind drops below gale force", "Ivo Brandt", "indirect") in found
    assert ("Will the ferry run on Sunday?"[:-1], "HOST", "indirect") in found


GENDERED = [
    # A relative named by one given name is a person; a short opening adverbial keeps "she" at the start.
    (
        "Prosecutor Amira Shah told the court that the officer was greedy.\n\n"
        "Wynn's wife, Carol, wept in the public gallery. Outside court she said: “He is not a monster.”\n",
        "Carol",
    ),
    # "A spokesman for" a company is a man "he" stands for, even though he speaks as the company.
    (
        "Councillor Tom Ferris voted in favour, saying the town needed the homes.\n\n"
        "A spokesman for Hartwell Homes said the company was delighted with the decision.\n\n"
        "‘The estate has been designed with flood resilience in mind,’ he said.\n",
        "Hartwell Homes",
    ),
    # The relation a speaker is introduced by tells her gender; "he" in her words is somebody else.
    (
        "Inspector Sarah Ross said the inquiry would go on.\n\n"
        "In a tribute, Mr Sandhu's sister, Priya Sandhu, described him as kind and said he had moved to "
        "Leicester four years ago.\n\n"
        "'He worked every hour he could, in all weathers, and he never once complained,' she said.\n",
        "Priya Sandhu",
    ),
    # "“…,” she said." after a paragraph about somebody that attributes nothing: that person.
    (
        "Helena Brandt testified that the hangers were too weak.\n\n"
        "Moreno-Tate’s mother, Lucía Moreno, has attended every day of the trial.\n\n"
        "“I’m not here for revenge,” she said outside the courthouse.\n",
        "Lucía Moreno",
    ),
    # … even when somebody else spoke just before that paragraph.
    (
        "Helena Brandt was the state's expert witness.\n\n"
        "Lucía Moreno said she had attended every day of the trial.\n\n"
        "Brandt took the stand again on Friday.\n\n"
        "“The hangers were too weak,” she said.\n",
        "Helena Brandt",
    ),
    # A pronoun that opens a sentence stands for the person the sentence before opened with.
    (
        "“I just swung,” Tomas Vaitkus told reporters.\n\n"
        "That coach, Darius Marek, who has worked with Vaitkus since he was 11, was more measured. "
        "He described the win as “a reward for two years of boring work” on the serve.\n",
        "Darius Marek",
    ),
    # … also when a role set off by commas comes before the name, and after an opening adverbial.
    (
        "“We do not comment on leaks,” spokeswoman Anitta Hjelmstad told reporters.\n\n"
        "The head of the European Union observer mission, Swedish lawmaker Annika Borg, was more cautious. "
        "In an interview with the BBC, she said the count had not yet been checked.\n",
        "Annika Borg",
    ),
    (
        "“We do not comment on leaks,” spokeswoman Anitta Hjelmstad told reporters.\n\n"
        "France’s minister for ecological transition, Claire Vauthier, has taken the opposite view. "
        "Any delay would be “a historic mistake”, she told Le Monde.\n",
        "Claire Vauthier",
    ),
    # … and a company that describes the person's role is not the person.
    (
        "“We do not comment on leaks,” spokeswoman Anitta Hjelmstad told reporters.\n\n"
        "Castlerock Wireless has 1,100 stores.\n\n"
        "Castlerock chief executive Brian Kowalczyk, who will become vice chairman, praised the deal. "
        "He said Castlerock had struggled to pay for its network on its own.\n",
        "Brian Kowalczyk",
    ),
    # … but a role that is the object of another clause is no apposition to the subject.
    (
        "“We do not comment on leaks,” spokeswoman Anitta Hjelmstad told reporters.\n\n"
        "After the head of the mission left, Annika Borg was more cautious. "
        "Any delay would be “a mistake”, she said.\n",
        "Annika Borg",
    ),
    # … but not a person named after a preposition.
    (
        "“I just swung,” Tomas Vaitkus told reporters.\n\n"
        "After a long talk with Darius Marek, the crowd went home. "
        "He described the win as “a reward for two years of boring work” on the serve.\n",
        "Tomas Vaitkus",
    ),
    # "he" is a person, not the unnamed document quoted just before.
    (
        "“I remember the noise,” harbour master Karl Meyer said.\n\n"
        "The town's official history calls the collapse “an unforeseeable tragedy.” Meyer disagrees. "
        "“Everybody knew the bolts were rusting,” he said.\n",
        "Karl Meyer",
    ),
    # "X condemned what he called …": X is the mention, and "he" still tells X's gender afterwards.
    (
        "Harbour master Karl Meyer condemned what he called a “reckless” plan.\n\n"
        "Mayor Rana Bose arrived late.\n\n“The plan is sound,” she said.\n",
        "Rana Bose",
    ),
    # A place is not a person a pronoun can stand for.
    (
        "Councillor Karl Meyer visited the Middle East in May.\n\n“The quay is safe,” he said.\n",
        "Karl Meyer",
    ),
    # The first pronoun after the cue tells the speaker's gender, not a later "his".
    (
        "Mayor Rana Bose said she had studied his proposal.\n\n“The vote is close,” she said.\n",
        "Rana Bose",
    ),
    # A pronoun later in the sentence stands for the name that opens it, not for the last speaker.
    (
        "“The quay is safe,” harbour master Karl Meyer said.\n\n"
        "Mayor Rana Bose rejected the plan because she said it was reckless.\n",
        "Rana Bose",
    ),
    (
        "“The quay is safe,” harbour master Karl Meyer said.\n\n"
        "Councillor Ivo Brandt rejected the plan because he said it was reckless.\n",
        "Ivo Brandt",
    ),
    # A name, an aside between commas, then the pronoun.
    (
        "“The quay is safe,” harbour master Karl Meyer said.\n\n"
        "Councillor Ivo Brandt, speaking at the town hall, repeated his claim that the toll was illegal.\n",
        "Ivo Brandt",
    ),
    # The name must be the subject, not a name in a phrase that opens the sentence.
    (
        "“The quay is safe,” harbour master Karl Meyer said.\n\n"
        "In a call with Ivo Brandt, he said that the plan was reckless.\n",
        "Karl Meyer",
    ),
    # "she" skips the man quoted just before and reaches the unnamed woman introduced by her role.
    (
        "“Sell the depot,” said opposition leader Karl Meyer, whose group has six seats.\n\n"
        "The town's chief executive, Ms Rana Bose, told the meeting that the sale would take a year. "
        "“It is a good idea for next year,” she said.\n",
        "Rana Bose",
    ),
    # A role noun reaches a speaker known only by a role phrase.
    (
        "The head of the traders' association complained that the notice was short.\n\n"
        "“Six weeks is a whole season for us,” the chairwoman said.\n",
        None,
    ),
]


@pytest.mark.parametrize(("body", "name"), GENDERED)
def test_pronouns_and_roles_respect_what_the_article_says(body: str, name: str | None) -> None:
    last = analyse(HEAD + body).quotations[-1]
    assert last.speaker is not None
    assert last.speaker.name == name
    assert last.speaker.resolution in {"pronoun", "role_noun"}
    if name is None:
        assert last.speaker.role is not None and "association" in last.speaker.role


def test_groups_resolve_to_a_member_of_the_pair_named_before() -> None:
    body = (
        "Trade minister Lotte Brink and her counterpart Paulo Saraiva met in Lisbon. Brink and Saraiva "
        "talked for hours.\n\nThe two negotiators agreed that tariffs on fish should fall.\n"
    )
    quotations = analyse(HEAD + body).quotations
    assert quotations[-1].speaker is not None
    assert quotations[-1].speaker.name == "Lotte Brink"
    assert quotations[-1].speaker.kind == "group"


# A speaker's aliases are the forms the article uses for them: the full name, the mentions naming them, and
# a given name or surname only where it stands alone.
ALIASES = [
    (
        "Port director Hanna Lindqvist opened the meeting.\n\n“Traffic has doubled,” Lindqvist said.\n",
        {"Hanna Lindqvist", "Lindqvist"},
    ),
    (
        "“We need more cranes,” said engineer Daniel Okafor on Tuesday.\n\n"
        "“The night shift is ready,” Okafor added.\n",
        {"Daniel Okafor", "engineer Daniel Okafor", "Okafor"},
    ),
    # Never used alone: no part of the name is an alias.
    (
        "“We need more cranes,” said engineer Daniel Okafor.\n",
        {"Daniel Okafor", "engineer Daniel Okafor"},
    ),
    # A surname shared with a relative and never used alone is no alias; the given name used alone is.
    (
        "Skipper Marta Quist and her brother Jon Quist run the last trawler.\n\n"
        "“The quotas are too low,” Marta said.\n",
        {"Marta Quist", "Marta"},
    ),
    # A role noun is how the article refers to her, not one of her names.
    (
        "Port spokeswoman Ida Berg met the press.\n\n“The cranes arrive in May,” the spokeswoman said.\n",
        {"Ida Berg"},
    ),
    # Titled forms as the article prints them.
    (
        "“The quay is weak,” Ms. Vera Holm said.\n\n“Repairs must start now,” Ms. Holm added.\n",
        {"Vera Holm", "Ms. Vera Holm", "Ms. Holm", "Holm"},
    ),
]


@pytest.mark.parametrize(("body", "aliases"), ALIASES)
def test_aliases_are_the_forms_the_article_uses(body: str, aliases: set[str]) -> None:
    speaker = analyse(HEAD + body).quotations[0].speaker
    assert speaker is not None
    assert set(speaker.aliases) == aliases


VIA = [
    # An acronym after "told", then a clause with its own subject.
    ("Dr Craig Miller told RNZ the unrest was not unprecedented.\n", "Craig Miller", ["RNZ"]),
    # One capitalised word after "told" that names nobody in the article; an agent after "as saying".
    ("“The plan will fail,” Ann Lee told Bernama.\n", "Ann Lee", ["Bernama"]),
    ("“The plan will fail,” Ann Lee told TOLOnews.\n", "Ann Lee", ["TOLOnews"]),
    ("“The plan will fail,” Ann Lee told Democrats.\n", "Ann Lee", []),
    (
        "On The Steve Harvey Morning Show, Ann Lee spoke of policing.\n\n"
        "“We must do better,” she told Harvey.\n",
        "Ann Lee",
        [],
    ),
    ("The plan will fail, Ann Lee was quoted as saying by the Malay Mail.\n", "Ann Lee", ["Malay Mail"]),
    ("Ann Lee was quoted by Bernama as saying that the plan would fail.\n", "Ann Lee", ["Bernama"]),
    # A modifier between "the" and the medium's name; one CamelCase word after "told" (but not "McDonald");
    # a medium named by an appositive; the same person by a shorter name keeps the channel; the outlet
    # in the sentence that names the speaker of the quotation before it.
    (
        "Reza Mohammadi-Tabar told the semi-official Tasnim news agency that imports would rise.\n",
        "Reza Mohammadi-Tabar",
        ["Tasnim"],
    ),
    ("Speaker Gordon Haglund told WisPolitics that the city was right.\n", "Gordon Haglund", ["WisPolitics"]),
    ("Ann Lee told McDonald that the plan would fail.\n", "Ann Lee", []),
    (
        "The Irrawaddy, an independent news outlet run by exiled journalists, quoted residents as saying "
        "that 120 people had been in the area.\n",
        "residents",
        ["The Irrawaddy"],
    ),
    (
        "Xinhua quoted a fire services official, Ko Zaw Min Htet, as saying that 38 bodies were found.\n\n"
        "“The heap came down all at once,” Zaw Min Htet was quoted as saying.\n",
        "Zaw Min Htet",
        ["Xinhua"],
    ),
    (
        "“The window is open, but it will not stay open forever.” The warning came from Ahmed Fathy Ragab, "
        "a former deputy foreign minister, speaking to the BBC’s Newshour programme.\n",
        "Ahmed Fathy Ragab",
        ["BBC"],
    ),
    # A document seen by an outlet the gazetteer does not know speaks through it.
    (
        "The Commission will let carmakers keep selling hybrids, according to a draft proposal seen by "
        "Europe Insider.\n",
        "draft proposal",
        ["Europe Insider"],
    ),
    # A pronoun quoted "as saying"; a report by an outlet that opens the sentence.
    (
        "Ann Lee resigned on Monday. Xinhua later quoted her as saying the talks were over.\n",
        "Ann Lee",
        ["Xinhua"],
    ),
    (
        "According to a report by the Irish Times, Health Minister Ann Lee said the plan would fail.\n",
        "Ann Lee",
        ["Irish Times"],
    ),
    # A title word that opens the outlet's name; a programme named by its broadcaster's possessive; a
    # statement carried by an agency described as official; a country before a station's name.
    ("“The plan will fail,” Ann Lee told Radio Sur Andina.\n", "Ann Lee", ["Radio Sur Andina"]),
    ("“The plan will fail,” Ann Lee told the Daily Nation on Monday.\n", "Ann Lee", ["Daily Nation"]),
    ("“The plan will fail,” Ann Lee told ABC's This Week.\n", "Ann Lee", ["ABC"]),
    ("Speaking on RTÉ's Morning Ireland, Ann Lee said the plan would fail.\n", "Ann Lee", ["RTÉ"]),
    ("“The plan will fail,” Ann Lee told Ghana's Joy FM.\n", "Ann Lee", ["Joy FM"]),
    (
        "The ministry said in a statement carried by the official Saudi Press Agency that the plan would "
        "fail.\n",
        "ministry",
        ["Saudi Press Agency"],
    ),
    # The source cited between the verb and its clause speaks through the medium that reported it.
    (
        "Public broadcaster KBS reported, citing coast guard investigators, that the trawler had switched "
        "off its transponder.\n",
        "coast guard investigators",
        ["KBS"],
    ),
    # A medium named before its kind and a modifier ("Kan public broadcaster"), citing its source.
    (
        "Israel’s Kan public broadcaster, citing an unnamed Israeli security official, reported that "
        "inspections had been tightened.\n",
        "unnamed Israeli security official",
        ["Kan"],
    ),
    # "told the broadcaster": the outlet the attribution just before named; a radio call sign is an outlet.
    (
        "Its chief executive, Graham Ruddock, told ABC Radio Perth that members had been blindsided.\n\n"
        "“You don’t get to change the rules halfway through the game,” he told the broadcaster.\n",
        "Graham Ruddock",
        ["ABC Radio Perth"],
    ),
    (
        "“People here aren’t against paying their share,” Ms Brannigan told 6PR.\n",
        "Brannigan",
        ["6PR"],
    ),
    # A channel named by a description and a name the gazetteer does not know.
    (
        "“We must prove them wrong,” Prime Minister Kaja Kallas told the Estonian broadcaster ERR.\n",
        "Kaja Kallas",
        ["ERR"],
    ),
    (
        "In a letter to staff seen by the Evening Standard, Dr. Priya Nair said the ward was full.\n",
        "Priya Nair",
        ["Evening Standard"],
    ),
    # A medium described but not named is still the channel.
    (
        "State television quoted President Ivo Brandt as saying the harbour would “never bow to pressure.”\n",
        "Ivo Brandt",
        ["State television"],
    ),
    # An outlet the article names after "a report from", known to the product or not.
    (
        "A more detailed report from the Harbour Gazette said Petrov told Duarte that the port would stay "
        "open.\n",
        "Petrov",
        ["Harbour Gazette"],
    ),
    # "X was quoted by Y as saying": X said it, Y carried it; no passive "position" of X besides.
    (
        "“Our patience is not unlimited,” Petrov was quoted by RIA as saying.\n",
        "Petrov",
        ["RIA"],
    ),
    (
        "Petrov was quoted by the state news agency RIA as saying that patience was running out.\n",
        "Petrov",
        ["RIA"],
    ),
    # "Xinhua quoted X as saying" with a bare clause after it.
    (
        "China's Xinhua news agency quoted Foreign Minister Jonas Petrov as saying the talks went well.\n",
        "Jonas Petrov",
        ["Xinhua"],
    ),
    (
        "“We will not sell the port,” Minister Jonas Petrov said, according to Reuters.\n",
        "Jonas Petrov",
        ["Reuters"],
    ),
    (
        "“Our ties are strong,” Petrov was quoted as saying by the broadcaster CCTV.\n",
        "Petrov",
        ["CCTV"],
    ),
    (
        "“The ferry will run again,” Captain Ines Duarte told NPR on Sunday.\n",
        "Ines Duarte",
        ["NPR"],
    ),
    (
        "Petrov said the talks had gone well, Xinhua reported.\n",
        "Petrov",
        ["Xinhua"],
    ),
    (
        "The South China Morning Post covered the summit.\n\n"
        "“The deal is fair,” analyst Mei Tan told the Post.\n",
        "Mei Tan",
        ["South China Morning Post"],
    ),
    (
        "RT, the Moscow-funded channel, ran the interview.\n\n"
        "“Sanctions will fail,” economist Pavel Orlov told the Moscow-funded channel.\n",
        "Pavel Orlov",
        ["RT"],
    ),
    # "the newspaper", "the agency": the latest outlet of that kind the article named.
    (
        "In an interview with the Global Times, analyst Mei Tan said the port deal was fair.\n\n"
        "“Both sides gain,” Tan told the newspaper.\n",
        "Mei Tan",
        ["Global Times"],
    ),
    # An addressee with an appositive before "that"; "according to" between the verb and its content.
    (
        "Winger Tiago Mendes told Hallam TV, the club's in-house channel, that he had spoken to his "
        "team-mate first.\n",
        "Tiago Mendes",
        ["Hallam TV"],
    ),
    (
        "Spokesman Dmitry Peskov told reporters, according to TASS, that Moscow supported the plan.\n",
        "Dmitry Peskov",
        ["TASS"],
    ),
    # "X reported, citing Y": Y speaks through X; "the source" is the source cited before.
    (
        "Two sides discussed joint production of spare parts, TASS reported, citing a source in the "
        "delegation. A draft agreement could be ready within weeks, the source said.\n",
        "source in the delegation",
        ["TASS"],
    ),
    (
        "The minister will raise the case when the two meet next month, Kyodo News reported, citing "
        "government sources.\n",
        "government sources",
        ["Kyodo News"],
    ),
    # Outlets the gazetteer does not know: the name before the kind of medium, "said on" a channel,
    # "according to" a newspaper.
    (
        "The flood destroyed his house, farmer Ram Thapa told the Kantipur daily.\n",
        "Ram Thapa",
        ["Kantipur"],
    ),
    (
        "Minister Ram Oli said on state broadcaster Harbour Television that 120 people had died.\n",
        "Ram Oli",
        ["Harbour Television"],
    ),
    (
        "“We lost everything,” farmer Ram Thapa said, according to the Kathmandu Post.\n",
        "Ram Thapa",
        ["Kathmandu Post"],
    ),
    # A known outlet told something, then a clause without "that".
    (
        "A source close to the harbour board told Reuters the sale could be postponed.\n",
        "source close to the harbour board",
        ["Reuters"],
    ),
    # An intermediary named once carries to the same speaker's next quotations …
    (
        "“The ferry fleet is too old,” harbour master Lena Sousa said, according to Reuters.\n\n"
        "“Two boats will be replaced next year,” Sousa said.\n",
        "Lena Sousa",
        ["Reuters"],
    ),
    # … unless their attribution names its own channel: an outlet, a paper (known to the gazetteer or not), or
    # the press at large.
    (
        "“The ferry fleet is too old,” harbour master Lena Sousa said, according to Reuters.\n\n"
        "“Two boats will be replaced next year,” Sousa told NPR.\n",
        "Lena Sousa",
        ["NPR"],
    ),
    (
        "“The ferry fleet is too old,” harbour master Lena Sousa said, according to Reuters.\n\n"
        "“Two boats will be replaced next year,” Sousa told the Courier.\n",
        "Lena Sousa",
        ["Courier"],
    ),
    (
        "“The ferry fleet is too old,” harbour master Lena Sousa said, according to Reuters.\n\n"
        "“Two boats will be replaced next year,” Sousa told reporters on the quay.\n",
        "Lena Sousa",
        [],
    ),
    (
        "“The ferry fleet is too old,” harbour master Lena Sousa said, according to Reuters.\n\n"
        "Sousa said in an interview with the Harbour Gazette that two boats would be replaced.\n",
        "Lena Sousa",
        ["Harbour Gazette"],
    ),
    (
        "“The ferry fleet is too old,” harbour master Lena Sousa said, according to Reuters.\n\n"
        "Speaking to journalists on Friday, Sousa said “two boats will be replaced next year.”\n",
        "Lena Sousa",
        [],
    ),
    # The channel named last is the one that carries on.
    (
        "“The ferry fleet is too old,” harbour master Lena Sousa said, according to Reuters.\n\n"
        "“Two boats will be replaced next year,” Sousa told the Courier.\n\n"
        "“The crews will be retrained,” she said.\n",
        "Lena Sousa",
        ["Courier"],
    ),
    # "quoted X, who is described, as saying"; a medium named with its kind quotes somebody.
    (
        "RIA Novosti quoted Anatoly Skorobogatov, the Russian-installed head of the region, as saying that "
        "shelling had damaged a substation.\n",
        "Anatoly Skorobogatov",
        ["RIA Novosti"],
    ),
    (
        "Egypt’s state-run MENA news agency quoted Foreign Minister Sameh Adel as saying that Cairo had "
        "received positive signals.\n",
        "Sameh Adel",
        ["MENA"],
    ),
    # A medium named with its kind cites its sources; a station told something is the channel.
    (
        "The ferry was overloaded, Antara news agency reported, citing port official Ann Lee.\n",
        "Ann Lee",
        ["Antara"],
    ),
    ("President Ivo Vucic told state broadcaster RTS the border would stay open.\n", "Ivo Vucic", ["RTS"]),
    # "X, citing Y, said …": Y speaks through X, when X is a medium.
    (
        "Xinhua, citing the provincial government, said 12 people had died in the landslide.\n",
        "provincial government",
        ["Xinhua"],
    ),
    # A broadcaster's name with a number in it.
    (
        "Minister Ann Lee told Channel 4 News that the dam would be finished by 2028.\n",
        "Ann Lee",
        ["Channel 4 News"],
    ),
    # "the magazine", "the website": the outlet of that kind the article named before.
    (
        "In an interview with Der Spiegel, the minister, Lukas Brenner, said the ban was outdated.\n\n"
        "“Nobody in Berlin wants to abandon climate protection,” Brenner told the magazine.\n",
        "Lukas Brenner",
        ["Der Spiegel"],
    ),
    # The cue between two quoted parts still names the channel; what somebody spoke of is no channel.
    (
        '"I gave everything to this club," he told the Harbourside Echo. "I leave with my head high."\n',
        None,
        ["Harbourside Echo"],
    ),
    (
        "“Their strategy is very clear,” Michael McFaul, a former ambassador, said of RT.\n",
        "Michael McFaul",
        [],
    ),
    # "the paper" is the outlet the sentence before was about, not one named in a clause about it.
    (
        "The tabloid Global Times, which is published by People's Daily, quoted experts as saying that "
        "Manila was to blame.\n\nDing Haoran, a researcher, told the paper that the clash was staged.\n",
        "Ding Haoran",
        ["Global Times"],
    ),
    # A cue inside the speaker's phrase ("who asked not to be named") frames nothing; whom one tells is
    # never the speaker.
    (
        "“We're on the road till midnight, carrying cash sometimes,” one rider, who asked not to be named, "
        "told the Chronicle.\n",
        "rider",
        ["Chronicle"],
    ),
    # A document seen by an outlet speaks through it; an inverted outlet citing somebody passes them on.
    (
        "The Commission wants to delay the ban by two years, according to a draft seen by Politico.\n",
        "draft",
        ["Politico"],
    ),
    ("“It is too early,” said Yonhap, citing an unnamed official.\n", "unnamed official", ["Yonhap"]),
    # A capitalised "The" inside the sentence starts a publication's title.
    ("“We are not shipping this until it is safe,” Mara Lind told The Verge.\n", "Mara Lind", ["The Verge"]),
    # A news site named with its kind.
    (
        "A company spokesperson told the tech news site ByteLine that there was no evidence of a breach.\n",
        "company spokesperson",
        ["ByteLine"],
    ),
    # A known outlet is named as the article names it: the acronym where the article never spells it out.
    (
        "A senior harbour official told AFP that the port would reopen on Monday.\n",
        "senior harbour official",
        ["AFP"],
    ),
    (
        "Agence France-Presse (AFP) reported the closure first.\n\n"
        "A senior harbour official told AFP that the port would reopen on Monday.\n",
        "senior harbour official",
        ["Agence France-Presse"],
    ),
]


@pytest.mark.parametrize(("body", "speaker", "vias"), VIA)
def test_intermediaries(body: str, speaker: str | None, vias: list[str]) -> None:
    quotation = analyse(HEAD + body).quotations[-1]
    assert quotation.speaker is not None
    assert quotation.speaker.name == speaker
    assert [v.name for v in quotation.via] == vias


def test_outlet_as_speaker_is_not_its_own_intermediary() -> None:
    body = "Xinhua said the delegations “made real progress” on fisheries.\n"
    quotation = analyse(HEAD + body).quotations[0]
    assert quotation.speaker is not None
    assert quotation.speaker.name == "Xinhua"
    assert quotation.via == ()
    assert quotation.kind == "mixed"


def test_the_verb_before_a_colon_is_the_cue_of_the_quotation_after_it() -> None:
    body = (
        "Committee chairman Derek Amos used his casting vote to approve the estate.\n\n"
        "The group’s chairman, retired hydrologist Ann Lee, told reporters after the vote: “We will "
        "appeal.”\n"
    )
    (quotation,) = analyse(HEAD + body).quotations
    assert quotation.cue is not None and quotation.cue.text == "told"


# The outlet that publishes the page, named by its masthead or copyright line, is no intermediary; a
# wire named only by the copyright line of the copy it supplied still is.
PUBLISHED_BY = [
    (
        "Tennant Vale Echo\nNews | Sport | Property\n\nCampaigners vow to fight estate\n\n"
        "The group's chairman told the Echo that the campaign would go on.\n",
        [],
    ),
    (
        "Campaigners vow to fight estate\n\n"
        "The group's chairman told the Echo that the campaign would go on.\n\n"
        "© 2026 Tennant Vale Echo, part of Midshire Media Ltd. All rights reserved.\n",
        [],
    ),
    (
        "Campaigners vow to fight estate\n\n"
        "The group's chairman told the Echo that the campaign would go on.\n\n"
        "© 2026 Brayford Post. All rights reserved.\n",
        ["Echo"],
    ),
    (
        "Aid convoy stuck at crossing\n\n"
        "A driver, who gave his name as Hassan, told Reuters that the men had not been paid.\n\n"
        "© 2026 Thomson Reuters. All rights reserved.\n",
        ["Reuters"],
    ),
]


@pytest.mark.parametrize(("text", "vias"), PUBLISHED_BY)
def test_the_publishing_outlet_is_no_intermediary(text: str, vias: list[str]) -> None:
    (quotation,) = analyse(text).quotations
    assert [via.name for via in quotation.via] == vias


# The story's last paragraph keeps its quotations when a wire credit or desk code closes it.
CREDITED_ENDINGS = [
    "The ministry said the hike would cost the exchequer Rs 12,000 crore this year. PTI ABC DEF\n",
    "The ministry said the hike would cost the exchequer Rs 12,000 crore this year. (PTI)\n",
    "The ministry said the hike would cost the exchequer Rs 12,000 crore this year. — Reuters\n",
]


@pytest.mark.parametrize("body", CREDITED_ENDINGS)
def test_a_credit_closing_the_last_paragraph_keeps_it_in_the_story(body: str) -> None:
    text = "Wheat support price raised\n\nThe minister announced the rise on Tuesday in Delhi.\n\n" + body
    found = [q.content.text for q in analyse(text).quotations]
    assert found == ["the hike would cost the exchequer Rs 12,000 crore this year"]


WIRE = [
    (
        "Lisbon, May 3 (PTI) The port reopened on Tuesday after a long strike by dock workers.\n",
        "Press Trust of India",
    ),
    ("The port reopened on Tuesday.\n\nHarbour Desk with additional input by Anadolu\n", "Anadolu"),
    ("The port reopened on Tuesday after the strike ended.\n\n—Reuters\n", "Reuters"),
]


@pytest.mark.parametrize(("body", "outlet"), WIRE)
def test_wire_credits(body: str, outlet: str) -> None:
    credits = analyse(HEAD + body).wire_credits
    assert outlet in [c.outlet for c in credits]


NOTHING = [
    # A list of related headlines under a bare "RELATED" heading is page junk.
    "The convoy has waited at the crossing for three days while inspectors checked every truck.\n\n"
    "RELATED\nUN says famine conditions easing but far from over\n"
    "Analysis: Who decides what counts as ‘dual-use’ in Gaza?\n",
    # Adding an amount is arithmetic, not a remark.
    "The pair added 131 for the fifth wicket before Whitford fell.\n",
    # Asking to be named only by a first name is a condition of the interview, not a statement.
    "She asked to be identified only by her first name.\n",
    # Where or when somebody spoke is not what they said.
    "Ann Lee said in a statement.\n",
    "The mayor told reporters at the briefing.\n",
    # A refusal to speak, and a question somebody left open, say nothing.
    "The Justice Department declined to comment on the pending litigation.\n",
    "A spokesman for the ministry refused to say whether the talks would resume next week.\n",
    "Peskov declined to give any further details about the talks with the Ukrainian delegation.\n",
    "Ms Okafor declined to respond, and the firm refused to disclose its valuation.\n",
    "Gao Shuyan did not say whether Beijing intended to build permanent structures at the shoal.\n",
    # A related headline in a bulleted list, ending on quoted words; a newspaper's name in a header.
    "The ferry ran late.\n\nRelated\n• IAEA chief says plant safety is ‘hanging by a thread’\n",
    "Lincolnshire Echo Online\nNews | Sport | What's On\n",
    # "call on somebody" without "to …" is a visit.
    "Before leaving for Dhaka on Friday, Chowdhury is scheduled to call on the Vice-President and to address "
    "a business forum.\n",
    # "claims" after "of" and a modifier is the plural noun.
    "The researchers analyzed 14 years of Medicare claims covering more than 9 million emergency visits.\n",
    # … but a quantifier before a noun is no speaker.
    "Many questions remain about the bridge and its cost to the harbour town.\n",
    # A colon after a clause without a speaking subject introduces no quotation.
    "The sign on the door read: “Closed until further notice, by order of the harbour master and council.”\n",
    # A condition of the interview, not a statement.
    "Amina, a mother of four, asked that her full name not be published.\n",
    # An addressee after a verb that follows a comma is no inverted speaker.
    "The moderator, Carla Diaz of the Harbour Courier, asked both candidates about the ferry.\n",
    # Sport and narrative: won, shown, not said.
    "United claimed victory in the harbour derby on Sunday.\n",
    "The ferry club claimed the title after a late goal.\n",
    "The cup went to Jonas Berg, who showed great composure to finish from the edge of the box.\n",
    # Things named, not statements: "an exhibition called …", "as locals call the ferry".
    "The town museum has opened an exhibition called “A Century on the Water”, which runs until October.\n",
    "The “Blue Lady”, as locals call the ferry, first crossed the bay in 1923.\n",
    # Impersonal passives name nobody as saying it.
    "It is understood that talks on the ferry will resume on Tuesday.\n",
    "Harbour officials are said to be drawing up contingency plans.\n",
    # A passive or intransitive use of a weak cue reports nothing.
    "The curfew was declared in 1971 and lifted a year later.\n",
    "It was first declared by Governor Ana Lind in 1971.\n",
    "Support for the toll declined slightly from 58 percent in June to 55 percent now.\n",
    "The harbour fees were detailed in filings with the port authority.\n",
    # Naming who was told is not content.
    "Mayor Alma Ferreira told The Harbour Courier on Thursday.\n",
    # "states'" is a possessive noun, not the verb.
    "The island states' negotiating team arrived on Monday and the talks went on late.\n",
    "The river rose overnight and the bridge was closed to traffic.\n",
    "Workers painted the railings green last summer, and the council paid for the paint.\n",
    "Related\n\nMinister says the budget is safe\n\nCouncil says “no” to the new tower\n",
    "Read more: Farmers say the drought is over\n",
    "Share this story\n\nBack to top\n\nPTI KJV RS\n",
    "Photo caption: the old bridge at dusk —Reuters\n",
    # A plural noun followed by a relative "that" is not a verb of speech.
    "Surety companies that had insured the mines released the cash last week.\n",
    # Scare quotes in a narrative sentence are not a quotation.
    "The so-called “smart” buoys were installed in April.\n",
    # Verbs of evidence with a person as subject, stance verbs used as nouns or without an object.
    "He found the keys under the mat and walked to the car.\n",
    "The survey team showed the way to the quay.\n",
    "Ferreira insults have become routine.\n",
    "Residents voted in the school gym.\n",
    "Ferreira's neighbours thanked her.\n",
    "Related\n\nMayor cites costs\n\nCouncil backs ferry plan\n",
    # Announcing a measure is an action, not a reported position.
    "The council announced new parking fees for the quay.\n",
    # A verb of a communicative act whose object is not a message.
    "The ferry company released the prisoners of the old fort.\n",
    "He sent the kids to school before the storm.\n",
    # A copula with an adjective of stance but no holder, or no object.
    "The bridge, which is critical to the town, reopened.\n",
    "The harbour master was angry.\n",
    # A passive of an ordinary verb, or with a pronoun as its subject.
    "The bridge was built by a Dutch firm in 1960.\n",
    "It is touted by the council as a fresh start.\n",
    # "to" + a verb of stance after an object, not after a subject: a purpose, not a position.
    "The harbour fund used the money to promote the festival.\n",
    # A noun of stance with no owner, or as a subject with no verb to end it.
    "The plan to widen the quay drew protests.\n",
    "Ferreira's enthusiasm for sailing grew over the years.\n",
    # A weak cue in the passive is something done to the subject.
    "Ferreira, who has not been charged with any crime, left the quay.\n",
    # A fronted subordinate clause alone is not what the subject said.
    "The ferry ran for years. But when the council cut its funding, the operator said enough.\n",
    # Two coordinated verbs: what follows "and" is the second verb's object, not content.
    "Few voters would back a mayor who said and did the same things as Ferreira.\n",
    "Mayor Alma Ferreira read the letter aloud at the quay.\n",
    # A capacity after "as" is no view, and without "as" the verb is an action.
    "Ferreira saw the old ferry as a child.\n",
    "The volunteers painted the fence as a team.\n",
    "The volunteers painted the fence green.\n",
    "The harbour crew pushed the cart to the quay.\n",
    "The lorry backed away from the kerb.\n",
    "The farmers raised cattle and goats on the hill.\n",
    # A bare personal pronoun is no position.
    "Councillor Ivo Brandt blasted him.\n",
    "The cannery branded its tins with a red anchor.\n",
    # "member states" is a noun, not the verb.
    "The interests of member states come first in the harbour treaty.\n",
    "The harbour master put it on the table and left.\n",
    # A manner of speaking with neither a quotation nor a that-clause is narrative.
    "The harbour master laughed at the idea and walked back to the quay.\n",
    "Councillor Ivo Marsh wondered about the tides all his life.\n",
]


@pytest.mark.parametrize("body", NOTHING)
def test_nothing_found(body: str) -> None:
    assert _found(body) == []


def test_junk_is_a_boilerplate_zone_and_zones_cover_the_text() -> None:
    body = "Read more: Farmers say the drought is over\n\nThe ferry will stop in May, the council said.\n"
    text = HEAD + body
    zones = analyse(text).zones
    assert zones[0].start == 0 and zones[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(zones, zones[1:], strict=False))
    junk = text.index("Read more")
    assert any(z.kind == "boilerplate" and z.start <= junk < z.end for z in zones)
    assert [q.content.text for q in analyse(text).quotations] == ["The ferry will stop in May"]
