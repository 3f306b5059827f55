"""How often each speaker rule of the quote extractor names the right speaker, measured on
annotated news: PolNeAR train (840 US political articles of 2016, about 7,400 quoted segments
with an annotated speaker, between double marks or the two-apostrophe marks of its New York
Times copy), with ``python -m benchmarks.speaker_rules PATH/train.jsonl``, as
(right + 1) / (measured + 2) so that a rule seen a few times is not given 0 or 1. A quote's
``confidence`` is the figure of the rule that found its speaker (the rows of
``extract/quotes/rules.py`` are the rules; each row reads its figure here), so confidence 0.9
means about nine speakers in ten right on such news. Re-measure after changing a rule and
paste the printed table here. Comments: right / measured.
"""

RULE_PRECISION = {
    "after-mark": 0.981,  # 2999/3057 '"…," X said' / '"…," said X'
    "continues": 0.946,  # 1544/1631 the quote continues the one before it
    "continues-across": 0.800,  # 3/3 a quote paragraph after a paragraph of the reporter's
    "before-mark": 0.946,  # 789/833 'X said: "…"'
    "clause-subject": 0.715,  # 373/521 a partial quote's clause subject, no reporting verb
    "before-mark-phrase": 0.931,  # 390/418 'Tad Devine, a strategist, said, "…"'
    "in-sentence": 0.937,  # 400/426 'X said the deal was "done"'
    "participle": 0.826,  # 194/234 '…, tweeting: "…"'
    "framing": 0.911,  # 132/144 'X called it "a disaster"'
    "after-mark-phrase": 0.932,  # 81/86 '"…," Democratic pollster Peter Fenn said'
    "colon-subject": 0.797,  # 58/72 'X ended with a warning: "…"'
    "after-adjunct": 0.866,  # 57/65 '"…" in this race, says X'
    "previous-sentence": 0.429,  # 17/40 a lone quote after a sentence about one person
    "according-to": 0.932,  # 40/42
    "participle-continues": 0.889,  # 23/25
    "sentence-end": 0.829,  # 28/33 'X's "excesses" are sickening, Hollande said.'
    "colon-name": 0.889,  # 7/7 'X: "…"' inside a sentence
    "container": 0.952,  # 19/19 '"…," the statement said' (with the last speaker's name)
    "cue-sentence-before": 0.941,  # 15/15 'Dianne Bystrom agreed. "…"'
    "dash-name": 0.889,  # 7/7 '"…" ― Karen Bobadilla', '"…"' then '- Bernie Sanders.'
    "coordinated-subject": 0.700,  # 6/8 'He praised them but said, "…"'
    "transcript": 0.833,  # 4/4 'HOLT: "…"', '… Bush: "…"'
    "verb-after": 0.500,  # 2/4 '"…," Oliver barked'
    # no speaker: right only where nobody is named (0 of 72 on PolNeAR train, where every
    # quote has an annotated speaker)
    "none": 0.014,
}

# --- Reported speech (issue 22): quotes of kind ``indirect`` ----------------------------------
# The rows of ``extract/quotes/reported.py``, measured on PolNeAR train with
# ``python -m benchmarks.reported_rules PATH/train.jsonl``: the share of a row's statements
# whose span matches an annotated attribution (each covering half of the other) and whose
# speaker is right, as (right + 1) / (measured + 2). Comments: right / measured.
REPORTED_PRECISION = {
    "said-that": 0.875,  # 2477/2831 'The council said (that) the road would reopen'
    "according-to": 0.824,  # 317/384 'According to the council, …' / '…, according to X.'
    "clause-then-cue": 0.844,  # 286/338 'The road will reopen, the council said.'
    "participle": 0.830,  # 288/346 '…, saying that …', 'with three in 10 saying …'
    "judgement": 0.798,  # 212/265 'accused the mayor of …', 'criticized the plan'
    "told-that": 0.831,  # 186/223 'She told reporters (that) …'
    "parenthetical": 0.859,  # 164/190 'The road, the council said, will reopen.'
    "request": 0.778,  # 143/183 'urged X to …', 'called for …', 'warned of …'
    "object": 0.758,  # 156/205 'cited …', 'announced a plan …', 'denied …'
    "commitment": 0.687,  # 89/129 'vowed to …', 'promised …'
    "question": 0.808,  # 134/165 'asked whether …', 'questioned …'
    "relative": 0.714,  # 39/54 '…, which critics said were dangerous'
    "as-cue": 0.917,  # 21/22 'As the council said, the road will reopen.'
    "as-by": 0.773,  # 16/20 'As reported by the BBC, …', '…, as the BBC reported.'
    "inverted-parenthetical": 0.667,  # 7/10 'The cost, said the director, will …'
    "outlet-knows": 0.5,  # 0/0 '…, the BBC understands.', 'Sky News has learned that …'
    "it-is-understood": 0.667,  # 1/1 'It is understood that …', '…, it is understood.'
    "court-heard": 0.5,  # 0/0 'The court heard that …', 'The jury was told that …'
    "block-after-colon": 0.500,  # 2/4 'He added:' and the next paragraph, unquoted (the two
    # others right by English: the block runs over more paragraphs than the first)
}
