"""How often each speaker rule of the quote extractor names the right speaker, measured on
annotated news: PolNeAR train (840 US political articles of 2016, about 5,900 quoted segments
with an annotated speaker), with ``python -m benchmarks.speaker_rules PATH/train.jsonl``, as
(right + 1) / (measured + 2) so that a rule seen a few times is not given 0 or 1. A quote's
``confidence`` is the figure of the rule that found its speaker (``extract/quotes.py`` names
the rules), so confidence 0.9 means about nine speakers in ten right on such news. Re-measure
after changing a rule and paste the printed table here. Comments: right / measured.
"""

RULE_PRECISION = {
    "after-mark": 0.978,  # 2341/2393 '"…," X said' / '"…," said X'
    "continues": 0.937,  # 1196/1275 the quote continues the one before it
    "before-mark": 0.937,  # 657/700 'X said: "…"'
    "clause-subject": 0.738,  # 325/440 a partial quote's clause subject, no reporting verb
    "before-mark-phrase": 0.944,  # 318/336 'Tad Devine, a strategist, said, "…"'
    "in-sentence": 0.925,  # 330/356 'X said the deal was "done"'
    "participle": 0.837,  # 168/200 '…, tweeting: "…"'
    "framing": 0.922,  # 106/114 'X called it "a disaster"'
    "after-mark-phrase": 0.962,  # 75/77 '"…," Democratic pollster Peter Fenn said'
    "colon-subject": 0.812,  # 51/62 'X ended with a warning: "…"'
    "after-adjunct": 0.911,  # 50/54 '"…" in this race, says X'
    "previous-sentence": 0.450,  # 17/38 a lone quote after a sentence about one person
    "according-to": 0.914,  # 31/33
    "participle-continues": 0.913,  # 20/21
    "sentence-end": 0.864,  # 18/20 'X's "excesses" are sickening, Hollande said.'
    "colon-name": 0.500,  # 8/16 'X: "…"' inside a sentence
    "container": 0.941,  # 15/15 '"…," the statement said' (with the last speaker's name)
    "cue-sentence-before": 0.933,  # 13/13 'Dianne Bystrom agreed. "…"'
    "dash-name": 0.889,  # 7/7 '"…" ― Karen Bobadilla', '"…"' then '- Bernie Sanders.'
    "coordinated-subject": 0.625,  # 4/6 'He praised them but said, "…"'
    "transcript": 0.833,  # 4/4 'HOLT: "…"', '… Bush: "…"'
    "verb-after": 0.400,  # 1/3 '"…," Oliver barked'
    # no speaker: right only where nobody is named (0 of 68 on PolNeAR train, where every
    # quote has an annotated speaker)
    "none": 0.014,
}
