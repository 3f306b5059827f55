"""News outlets (issue 22): who may 'understand' or 'learn' a story, what 'the broadcaster' or
'the paper' stands for, and what 'the firm' never does. Hand-written from UK and US news."""
from __future__ import annotations

# A news organization that reports what it has been told without naming its source ('The talks
# have stalled, the BBC understands', 'Sky News has learned that …'): outlets by name, and the
# last words that make a capitalized name an outlet ('ITV News', 'the Evening Standard', 'the
# Yorkshire Post'). Hand-written from UK and US news. As written.
NEWS_OUTLETS = frozenset({
    "BBC", "ITV", "Sky", "Channel 4", "Reuters", "Bloomberg", "CNN", "CNBC", "NBC", "ABC",
    "CBS", "Fox", "NPR", "PBS", "Politico", "POLITICO", "Axios", "Semafor", "AP", "AFP", "PA",
    "the Associated Press", "the Press Association", "MailOnline", "HuffPost", "BuzzFeed",
    "the FT", "The Economist", "the Economist", "Newsnight", "Newsbeat", "Deadline", "Variety",
    "TMZ", "The Athletic", "the Athletic", "ESPN", "talkSPORT", "The Information", "Insider",
    "this newspaper", "this paper", "this website", "this publication", "this programme",
    "the newspaper", "the paper", "the programme", "the website",
})
NEWS_OUTLET_HEADS = frozenset({
    "News", "Times", "Post", "Journal", "Telegraph", "Guardian", "Herald", "Mail", "Mirror",
    "Express", "Independent", "Standard", "Observer", "Gazette", "Echo", "Chronicle", "Tribune",
    "Sun", "Record", "Courier", "Radio", "Television", "TV", "Programme", "Today", "Newsweek",
    "Bulletin", "Press", "Magazine", "Review", "Argus", "Advertiser", "Examiner", "Inquirer",
    "Citizen", "Scotsman", "Star", "Daily", "Online", "Newsroom", "Insider", "Wire",
})
# Newspapers known by one word after "the" ("told The Sun", "wrote in the Guardian"): an
# organization there, though the word alone may be a weekday's abbreviation or a common noun.
ONE_WORD_PAPERS = frozenset({
    "Sun", "Mirror", "Independent", "Guardian", "Telegraph", "Times", "Observer", "Express",
    "Mail", "Standard", "Herald", "Scotsman", "Economist", "Record", "Star",
})
# Of ``NEWS_OUTLET_HEADS``, the last words that make a name a news outlet's for certain ("Sky
# News", "The Sunday Times", "the Washington Post"; not "Mail", "Express", "Standard", "Star":
# Royal Mail, American Express, Standard Life): what 'the firm' or 'the company' never stands
# for (``quotes.referents``). A subset of those heads (a test checks it).
OUTLET_NAME_ENDINGS = frozenset({
    "News", "Times", "Telegraph", "Guardian", "Herald", "Gazette", "Tribune", "Chronicle",
    "Journal", "Post", "Observer", "Echo", "Examiner", "Inquirer", "Scotsman", "Newsweek"})
# Nouns of a description that can stand for a news outlet ('the broadcaster said').
MEDIA_NOUNS = frozenset({"broadcaster", "corporation", "newspaper", "paper", "network",
                         "channel", "station", "outlet", "publisher", "magazine", "website",
                         "agency", "tabloid", "programme", "program", "show"})
# Magazines known by one word ('pictured in Vogue last month', 'Forbes listed her'): an
# organization wherever the article names it, unless the word is a person's (after 'Kate
# Forbes') or a common word the article writes in lower case too ('in vogue', 'wired').
MAGAZINES = frozenset({
    "Vogue", "Tatler", "Grazia", "Elle", "Glamour", "Cosmopolitan", "Esquire", "Wired",
    "Forbes", "Newsweek", "Billboard", "Kerrang", "Mojo", "Vice", "Slate", "Salon",
})
