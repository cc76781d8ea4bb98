"""Short original article texts used across the API tests."""

ARTICLE_ONE = (
    "Ministers met in Geneva on Tuesday to discuss the grain corridor.\n\n"
    '"We will not accept these terms," Maria Lopez said after the talks.\n\n'
    '"The door remains open," she added.'
)
ARTICLE_TWO = (
    "Port workers walked out on Friday.\n\n"
    '"The strike will go on until wages rise," John Okafor said at the gate.\n\n'
    '"Nobody has called us," Okafor said.'
)
