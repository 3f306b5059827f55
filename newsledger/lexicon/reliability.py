"""How often each speaker rule of the quote extractor names the right speaker, measured on
annotated news: PolNeAR train (840 US political articles of 2016, about 5,900 quoted segments
with an annotated speaker), with ``python -m benchmarks.speaker_rules PATH/train.jsonl``, as
(right + 1) / (measured + 2) so that a rule seen a few times is not given 0 or 1. A quote's
``confidence`` is the figure of the rule that found its speaker (the rows of
``extract/quotes/rules.py`` are the rules; each row reads its figure here), so confidence 0.9
means about nine speakers in ten right on such news. Re-measure after changing a rule and
paste the printed table here. Comments: right / measured.
"""

RULE_PRECISION = {
    "after-mark": 0.978,  # 2342/2394 '"…," X said' / '"…," said X'
    "continues": 0.939,  # 1194/1270 the quote continues the one before it
    "before-mark": 0.941,  # 657/697 'X said: "…"'
    "clause-subject": 0.748,  # 328/438 a partial quote's clause subject, no reporting verb
    "before-mark-phrase": 0.937,  # 325/346 'Tad Devine, a strategist, said, "…"'
    "in-sentence": 0.939,  # 338/359 'X said the deal was "done"'
    "participle": 0.827,  # 171/206 '…, tweeting: "…"'
    "framing": 0.922,  # 105/113 'X called it "a disaster"'
    "after-mark-phrase": 0.963,  # 76/78 '"…," Democratic pollster Peter Fenn said'
    "colon-subject": 0.831,  # 53/63 'X ended with a warning: "…"'
    "after-adjunct": 0.911,  # 50/54 '"…" in this race, says X'
    "previous-sentence": 0.462,  # 17/37 a lone quote after a sentence about one person
    "according-to": 0.914,  # 31/33
    "participle-continues": 0.913,  # 20/21
    "sentence-end": 0.857,  # 17/19 'X's "excesses" are sickening, Hollande said.'
    "colon-name": 0.889,  # 7/7 'X: "…"' inside a sentence
    "container": 0.941,  # 15/15 '"…," the statement said' (with the last speaker's name)
    "cue-sentence-before": 0.933,  # 13/13 'Dianne Bystrom agreed. "…"'
    "dash-name": 0.889,  # 7/7 '"…" ― Karen Bobadilla', '"…"' then '- Bernie Sanders.'
    "coordinated-subject": 0.625,  # 4/6 'He praised them but said, "…"'
    "transcript": 0.833,  # 4/4 'HOLT: "…"', '… Bush: "…"'
    "verb-after": 0.500,  # 1/2 '"…," Oliver barked'
    # no speaker: right only where nobody is named (0 of 69 on PolNeAR train, where every
    # quote has an annotated speaker)
    "none": 0.014,
}

# --- Reported speech (issue 22): quotes of kind ``indirect`` ----------------------------------
# The rows of ``extract/quotes/reported.py``, measured on PolNeAR train with
# ``python -m benchmarks.reported_rules PATH/train.jsonl``: the share of a row's statements
# whose span matches an annotated attribution (each covering half of the other) and whose
# speaker is right, as (right + 1) / (measured + 2). Comments: right / measured.
REPORTED_PRECISION = {
    "said-that": 0.842,  # 2186/2594 'The council said (that) the road would reopen'
    "clause-then-cue": 0.809,  # 258/318 'The road will reopen, the council said.'
    "according-to": 0.803,  # 207/257 'According to the council, …' / '…, according to X.'
    "participle": 0.806,  # 198/245 '…, saying that …', 'with three in 10 saying …'
    "told-that": 0.834,  # 170/203 'She told reporters (that) …'
    "parenthetical": 0.833,  # 144/172 'The road, the council said, will reopen.'
    "relative": 0.651,  # 27/41 '…, which critics said were dangerous'
    "as-cue": 0.800,  # 11/13 'As the council said, the road will reopen.'
}
