"""How often each speaker rule of the quote extractor names the right speaker, measured on
annotated news: PolNeAR train (840 US political articles of 2016, about 5,900 quoted segments
with an annotated speaker), with ``python -m benchmarks.speaker_rules PATH/train.jsonl``, as
(right + 1) / (measured + 2) so that a rule seen a few times is not given 0 or 1. A quote's
``confidence`` is the figure of the rule that found its speaker (``extract/quotes.py`` names
the rules), so confidence 0.9 means about nine speakers in ten right on such news. Re-measure
after changing a rule and paste the printed table here. Comments: right / measured.
"""

RULE_PRECISION = {
    "after-mark": 0.978,  # 2328/2380 '"…," X said' / '"…," said X'
    "continues": 0.922,  # 1189/1288 the quote continues the one before it
    "before-mark": 0.920,  # 652/708 'X said: "…"'
    "clause-subject": 0.691,  # 321/464 a partial quote's clause subject, no reporting verb
    "in-sentence": 0.914,  # 318/347 'X said the deal was "done"'
    "before-mark-phrase": 0.955,  # 319/333 'Tad Devine, a strategist, said, "…"'
    "participle": 0.819,  # 162/197 '…, tweeting: "…"'
    "framing": 0.883,  # 105/118 'X called it "a disaster"'
    "after-mark-phrase": 0.963,  # 77/79 '"…," Democratic pollster Peter Fenn said'
    "colon-subject": 0.803,  # 52/64 'X ended with a warning: "…"'
    "after-adjunct": 0.911,  # 50/54 '"…" in this race, says X'
    "previous-sentence": 0.413,  # 18/44 a lone quote after a sentence about one person
    "according-to": 0.914,  # 31/33
    "participle-continues": 0.913,  # 20/21
    "colon-name": 0.500,  # 8/16 'X: "…"' inside a sentence
    "container": 0.941,  # 15/15 '"…," the statement said' (with the last speaker's name)
    "transcript": 0.833,  # 4/4 'HOLT: "…"', '… Bush: "…"'
    "verb-after": 0.600,  # 2/3 '"…," Oliver barked'
    # no speaker: right only where nobody is named (0 of 82 on PolNeAR train, where every
    # quote has an annotated speaker)
    "none": 0.012,
}
