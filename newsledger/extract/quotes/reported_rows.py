"""The rows of reported speech (``reported.py``'s method): each a name, the finder that reads a
reporting verb with it, and examples (run by ``tests/test_rule_examples.py`` through
``reported.TABLE``). A row's confidence is its measured precision (``REPORTED_PRECISION``).
The rows are tried in order; the first that gives a statement is the one that found it."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from newsledger.lexicon.reliability import REPORTED_PRECISION
from newsledger.rules import Example, Rule, check_names, measured_precision

from .reported_clauses import Cue, Reported
from .reported_sources import (according_to, commitment, judgement, named_object,
                               participle, question, request)
from .reported_as import as_by, as_cue, relative
from .reported_known import court_heard, it_is_understood, outlet_knows
from .reported_passive import judged_by, told_that
from .reported_set_off import clause_then_cue, inverted_parenthetical, parenthetical
from .reported_verbs import block_after_colon, said_that


@dataclass(frozen=True, kw_only=True)
class ReportedRule(Rule):
    """A reported-speech rule: ``find`` reads a reporting verb and gives the content and the
    speaker, or None."""

    find: Callable[[Cue], Reported | None]

    @property
    def precision(self) -> float:
        """The measured share of right rows (``REPORTED_PRECISION``), the row's confidence."""
        return measured_precision(REPORTED_PRECISION, self.name)


def _judgement(q: Cue) -> Reported | None:
    """'accused the mayor of …', and its passive with the speaker after "by"."""
    return judged_by(q) or judgement(q)


E = Example
REPORTED_RULES: tuple[ReportedRule, ...] = (
    ReportedRule(
        name="as-cue", find=as_cue,
        examples=(E("As the mayor told reporters on Monday, the bridge will stay closed until "
                    "spring.", ("the bridge will stay closed until spring", "the mayor")),
                  E("Repairs are slow, and as the mayor noted, the bridge will stay closed.",
                    ("the bridge will stay closed", "the mayor")))),
    ReportedRule(
        name="as-by", find=as_by,
        examples=(E("As reported by the Evening Post, the mayor plans to sell the site.",
                    ("the mayor plans to sell the site", "Evening Post")),
                  E("The talks collapsed on Friday, as Sky News first reported.",
                    ("The talks collapsed on Friday", "Sky News")),
                  E("The bank will cut 2,000 jobs, as first reported by Reuters.",
                    ("The bank will cut 2,000 jobs", "Reuters")),
                  E("The work was done as reported by the inspectors on site.", None),
                  E("News of the takeover was first reported by Bloomberg on Tuesday.",
                    ("News of the takeover", "Bloomberg")),
                  E("The fire was reported by a neighbour.", None))),
    ReportedRule(
        name="inverted-parenthetical", find=inverted_parenthetical,
        examples=(E("The cost, said the finance director, will be met from reserves.",
                    ("The cost, said the finance director, will be met from reserves",
                     "the finance director")),
                  E("Part of the problem, say engineers at the site, is the soil itself.",
                    ("Part of the problem, say engineers at the site, is the soil itself",
                     "engineers at the site")),
                  E("The plan is dead, said Ana Ruiz, a former minister.", None))),
    ReportedRule(
        name="said-that", find=said_that,
        examples=(E("The council said the road would reopen on Monday.",
                    ("the road would reopen on Monday", "The council")),
                  E("The captain said after the match that the referee had been fair.",
                    ("the referee had been fair", "The captain")),
                  E("The engineer who first revealed that the bridge was unsafe was dismissed.",
                    ("the bridge was unsafe", "The engineer")),
                  E("She cut rates in June, just as she said she would, and markets slept.", None),
                  E("The chairman said — speaking by phone from Geneva — that the talks had "
                    "collapsed.", ("the talks had collapsed", "The chairman")),
                  E("The coach said when the squad is fit, it can beat anyone.",
                    ("it can beat anyone", "The coach")),
                  E("Two years after the chancellor declared the crisis was over, the economy "
                    "fell back into recession.", ("the crisis was over", "the chancellor")),
                  E("Mayor Ana Ruiz said on Tuesday that the bridge was safe.",
                    ("the bridge was safe", "Ana Ruiz")),
                  E("Ana Ruiz — a former minister — said the bridge was safe.",
                    ("the bridge was safe", "Ana Ruiz")),
                  E("The mayor, in a statement on Friday, said the bridge was safe.",
                    ("the bridge was safe", "The mayor")),
                  E("Halden Group announced that it would close two plants in Wales.",
                    ("it would close two plants in Wales", "Halden Group")),
                  E("Striker Leo Vance denied that he had asked for a transfer.",
                    ("he had asked for a transfer", "Leo Vance")),
                  E("Coach Mia Lund said the team had played \"like cowards\" in the first "
                    "half.", ("the team had played \"like cowards\" in the first half",
                              "Mia Lund")),
                  E("The club said: the manager will stay until the summer.",
                    ("the manager will stay until the summer", "The club")),
                  E('The club said: "The manager will stay."', None),
                  E("The leak came from the BBC, which said the talks had failed.",
                    ("the talks had failed", "BBC")),
                  E("Patient groups note that the ban was backed in 2003.",
                    ("the ban was backed in 2003", "Patient groups")),
                  E("Editor's note: the mayor is a candidate.", None),
                  E("The party will face an electorate in which 60 percent of voters say "
                    "the economy is weak.", ("the economy is weak", "60 percent of voters")),
                  E("The manager said the plan would fail and left the room.",
                    ("the plan would fail", "The manager")),
                  E("The minister did not say whether taxes would rise.", None),
                  E("The incumbent maintains a comfortable lead over her rivals.", None),
                  E("The coach suggested the club's new training ground is not ready.",
                    ("the club's new training ground is not ready", "The coach")),
                  E("The challenger claimed the lead in the polls was an illusion.",
                    ("the lead in the polls was an illusion", "The challenger")),
                  E('Lund admitted that "a tiny share of buyers" had reported faults.',
                    ('"a tiny share of buyers" had reported faults', "Lund")),
                  E("The ministry recommended that the old pipes be replaced.",
                    ("the old pipes be replaced", "The ministry")),
                  E("The mayor hopes the road will reopen on Monday.", None),
                  E("Now tell us the club is not for sale.", None),
                  E("The weather helps explain why turnout was so low.", None),
                  E("The minister said the march would pass off peacefully, a swipe at its "
                    "organisers.", ("the march would pass off peacefully", "The minister")),
                  E("The nurses whose shifts were cut say the wards are short of staff.",
                    ("the wards are short of staff", "The nurses")),
                  E("Dr. Asha Mehta (a surgeon at the city hospital) says the rota is "
                    "unworkable.", ("the rota is unworkable", "Asha Mehta")))),
    ReportedRule(
        name="block-after-colon", find=block_after_colon,
        examples=(E("The manager was blunt about the defeat. He added:\n\nWe were second best "
                    "all afternoon and the fans deserved far more from us.",
                    ("We were second best all afternoon and the fans deserved far more from us",
                     "He")),
                  E("In a statement, the bank said:\n\nThe branch will close in May and staff "
                    "will be offered other roles.",
                    ("The branch will close in May and staff will be offered other roles",
                     "the bank")),
                  E('The coach said:\n\n"We were second best all afternoon."', None),
                  E("The club did not say:\n\nThe manager will leave at the end of the season.",
                    None))),
    ReportedRule(
        name="told-that", find=told_that,
        examples=(E("Dana Fox told reporters that the talks had collapsed.",
                    ("the talks had collapsed", "Dana Fox")),
                  E("Dana Fox told the players who had missed training that they were dropped.",
                    ("they were dropped", "Dana Fox")),
                  E("Dana Fox told her closest advisers the plan had failed.",
                    ("the plan had failed", "Dana Fox")),
                  E("Dana Fox is understood to have told colleagues that she will stand.",
                    ("she will stand", "Dana Fox")),
                  E("Dana Fox told reporters why the talks had collapsed.",
                    ("why the talks had collapsed", "Dana Fox")),
                  E("Owen Pryce told the BBC on Sunday the party would vote against the bill.",
                    ("the party would vote against the bill", "Owen Pryce")),
                  E("Ed Hale told BBC Radio 4's Today programme the plan would work.",
                    ("the plan would work", "Ed Hale")),
                  E("Ed Hale told Channel 4 News the plan would work.",
                    ("the plan would work", "Ed Hale")),
                  E("Economists warn beef prices could climb next year.",
                    ("beef prices could climb next year", "Economists")),
                  E("Officials warned residents the river could burst its banks.",
                    ("the river could burst its banks", "Officials")),
                  E("Officials warned the river could burst its banks.",
                    ("the river could burst its banks", "Officials")),
                  E("The squad were told by the coach on Friday that two players would "
                    "leave.", ("two players would leave", "the coach")),
                  E("The spokesman told him to leave.", None))),
    ReportedRule(
        name="clause-then-cue", find=clause_then_cue,
        examples=(E("The road will reopen on Monday, the council said.",
                    ("The road will reopen on Monday", "the council")),
                  E("The deal is good for the town, said a handful of councillors who back it.",
                    ("The deal is good for the town", "a handful of councillors")),
                  E("Rates are likely to rise again before the summer, said Bank of England "
                    "governor Ruth Adler.",
                    ("Rates are likely to rise again before the summer", "Ruth Adler")),
                  E("The talks broke down at noon, said one union source, and the strike "
                    "will go ahead.", ("The talks broke down at noon", "one union source")),
                  E("The delay is costly, a spokeswoman, Ann Lee, said on Friday.",
                    ("The delay is costly", "Ann Lee")),
                  E('"We will win," Ana Ruiz said.', None),
                  E('Dana Fox, who chairs the board, told the Gazette, "We will not sell."',
                    None),
                  E("Senator Ida Berg, who backs the plan, tweeted a warning.", None),
                  E("The buses will run every ten minutes, a plan announced in May.", None),
                  E("Outright victory is vital, the party leader said after meeting union "
                    "officials.", ("Outright victory is vital", "the party leader")),
                  E("On Tuesday, even as shares fell, the founder wrote to investors.", None),
                  E("Profit rose 12%, beating Wall Street estimates, as prices rose.", None),
                  E("Profit will fall this year, leading economists said.",
                    ("Profit will fall this year", "leading economists")))),
    ReportedRule(
        name="parenthetical", find=parenthetical,
        examples=(E("The new stadium, the club said, will open in August.",
                    ("The new stadium, the club said, will open in August", "the club")),
                  E("Rents will rise, the agents said, and buyers will wait.",
                    ("Rents will rise, the agents said, and buyers will wait", "the agents")),
                  E("The fare rise hits not only commuters, she said, but also pensioners.",
                    ("The fare rise hits not only commuters, she said, but also pensioners",
                     "she")),
                  E("The plan is sound, the mayor said, and walked out.", None))),
    ReportedRule(
        name="relative", find=relative,
        examples=(E("The watchdog has opened an inquiry the regulator said was continuing.",
                    ("an inquiry the regulator said was continuing", "the regulator")),
                  E("Everything the minister says is a lie.", None),
                  E("The mayor scrapped the bus lanes, which critics said were dangerous for "
                    "cyclists.", ("which critics said were dangerous for cyclists", "critics")),
                  E("It was the plan that she liked best.", None))),
    ReportedRule(
        name="according-to", find=according_to,
        examples=(E("According to the fire service, the blaze started in a kitchen.",
                    ("the blaze started in a kitchen", "the fire service")),
                  E("Sales rose 4 percent, according to the \"Retail Monitor\" survey.",
                    ("Sales rose 4 percent", "the \"Retail Monitor\" survey")),
                  E("The blaze started in a kitchen, according to fire chief Tom Grady.",
                    ("The blaze started in a kitchen", "Tom Grady")),
                  E("Rents rose 4% in May, according to figures from the Office for National "
                    "Statistics.", ("Rents rose 4% in May", "Office for National Statistics")),
                  E("Turnout fell sharply, according to the latest poll.",
                    ("Turnout fell sharply", "the latest poll")),
                  E("According to court records, the firm paid no tax in 2019.",
                    ("the firm paid no tax in 2019", "court records")),
                  E("Sales fell by a fifth, according to the trade body, which blamed the "
                    "weather.", ("Sales fell by a fifth", "the trade body")),
                  E("He quit because, according to his agent, the club had not paid him.",
                    ("the club had not paid him", "his agent")),
                  E("In Leeds, turnout was below 30 per cent, according to the returning "
                    "officer, which left the result in doubt.",
                    ("In Leeds, turnout was below 30 per cent", "the returning officer")))),
    ReportedRule(
        name="participle", find=participle,
        examples=(E("Senator Jane Holt defended the bill, saying that it would cut waiting "
                    "times.", ("it would cut waiting times", "Jane Holt")),
                  E("After saying he was nervous about the vote, the councillor abstained.",
                    ("he was nervous about the vote", "the councillor")),
                  E("Coach Lars Eklund was quoted as saying the squad was too thin.",
                    ("the squad was too thin", "Lars Eklund")),
                  E("The striker kept making mistakes after telling his coach he was fit.",
                    ("he was fit", "The striker")),
                  E("The minister named no date, aside from saying the review would end "
                    "this year.", ("the review would end this year", "The minister")),
                  E("The club issued a response saying the striker would not be sold.",
                    ("the striker would not be sold", "The club")))),
    ReportedRule(
        name="outlet-knows", find=outlet_knows,
        examples=(E("The talks between the two unions have stalled, the BBC understands.",
                    ("The talks between the two unions have stalled", "BBC")),
                  E("Sky News has learned that the chancellor will delay the budget.",
                    ("the chancellor will delay the budget", "Sky News")),
                  E("The Yorkshire Post understands the club has agreed a fee for the striker.",
                    ("the club has agreed a fee for the striker", "Yorkshire Post")),
                  E("The minister understands that voters are angry about the cuts.", None),
                  E("She has learned that the job is harder than it looks.", None))),
    ReportedRule(
        name="it-is-understood", find=it_is_understood,
        examples=(E("It is understood that the report will be published next week.",
                    ("the report will be published next week", None)),
                  E("The inquiry will sit again in March, it is understood.",
                    ("The inquiry will sit again in March", None)),
                  E("The minister is understood to be considering her position.", None),
                  E("It is understood to be the largest fine of its kind.", None),
                  E("It is alleged that the money was used to buy a villa in Spain.",
                    ("the money was used to buy a villa in Spain", None)),
                  E("The talks have collapsed, it has been reported.",
                    ("The talks have collapsed", None)),
                  E("It is believed that the fire started in the kitchen.", None))),
    ReportedRule(
        name="court-heard", find=court_heard,
        examples=(E("The court heard that the defendant had sent threatening messages.",
                    ("the defendant had sent threatening messages", None)),
                  E("Truro Crown Court heard the driver had been using his phone.",
                    ("the driver had been using his phone", None)),
                  E("The jury was told that the victim had been struck twice.",
                    ("the victim had been struck twice", None)),
                  E("Magistrates were told the van had no insurance.",
                    ("the van had no insurance", None)),
                  E("The court heard the appeal on Monday.", None),
                  E("She heard the team had lost.", None),
                  E("The jury was told to ignore the remark.", None))),
    ReportedRule(
        name="request", find=request,
        examples=(E("The union urged the council to reopen the road before winter.",
                    ("the council to reopen the road before winter", "The union")),
                  E("Mayor Ana Ruiz called for an independent inquiry into the fire.",
                    ("an independent inquiry into the fire", "Ana Ruiz")),
                  E("Senator Jane Holt called on the minister to resign over the leak.",
                    ("the minister to resign over the leak", "Jane Holt")),
                  E("Rescuers warned of further landslides along the coast road.",
                    ("further landslides along the coast road", "Rescuers")),
                  E("She called for help.", None),
                  E("The coach was urged to stay calm.", None))),
    ReportedRule(
        name="judgement", find=_judgement,
        examples=(E("Owen Pryce accused the mayor of misleading voters about the budget.",
                    ("the mayor of misleading voters about the budget", "Owen Pryce")),
                  E("The club has long been criticised by fans for its ticket prices.",
                    ("The club has long been criticised by fans for its ticket prices",
                     "fans")),
                  E("The club has been criticised for its ticket prices.", None),
                  E("The mayor called congestion charging a tax on the poor.",
                    ("congestion charging a tax on the poor", "The mayor")),
                  E("Neighbours called police a day later.", None),
                  E("The plan was praised by ministers as a model for other cities.", None),
                  E("The teachers' union criticized the new exam timetable.",
                    ("the new exam timetable", "The teachers' union")),
                  E("The plan was criticized by residents.", None),
                  E("The captain praised her handling of the final set.",
                    ("her handling of the final set", "The captain")),
                  E("The captain praised her yesterday.", None),
                  E("Councillor Dana Fox called the new parking charges a tax on shoppers.",
                    ("the new parking charges a tax on shoppers", "Dana Fox")),
                  E("The minister called snap elections for June.", None),
                  E("The ground is now called Riverside Park.", None),
                  E("A warm-up band called Copperline got the crowd dancing.", None))),
    ReportedRule(
        name="commitment", find=commitment,
        examples=(E("Halden Group vowed to keep both plants open until 2030.",
                    ("to keep both plants open until 2030", "Halden Group")),
                  E("The mayor pledged to ban diesel buses — old and new — from the centre.",
                    ("to ban diesel buses — old and new — from the centre", "The mayor")),
                  E("Several residents claim to have seen the van leave before midnight.",
                    ("to have seen the van leave before midnight", "Several residents")),
                  E("The coach vowed never to pick the striker again.",
                    ("never to pick the striker again", "The coach")),
                  E("The minister pledged to be fair to every region.",
                    ("to be fair to every region", "The minister")),
                  E("The final promises to be a thriller.", None),
                  E("The rebels claimed responsibility for the blast.", None),
                  E("The promised bridge never came.", None))),
    ReportedRule(
        name="object", find=named_object,
        examples=(E("Dana Fox cited the rising cost of rent in the city centre.",
                    ("the rising cost of rent in the city centre", "Dana Fox")),
                  E("Striker Leo Vance denied any wrongdoing on Tuesday.",
                    ("any wrongdoing", "Leo Vance")),
                  E("Mr Ebbs, who denies fraud and conspiracy, faces up to 25 years in prison.",
                    ("fraud and conspiracy", "Ebbs")),
                  E("The magistrates denied him bail.", None),
                  E("The senator denied the nominee a hearing before his committee.", None),
                  E("At the same hearing, the minister announced her resignation.",
                    ("her resignation", "the minister")),
                  E("The coach acknowledged his mistake on Saturday.",
                    ("his mistake", "The coach")),
                  E("Ms. Park tweeted her thanks to the volunteers.",
                    ("her thanks to the volunteers", "Park")),
                  E("The keeper tweeted a photograph of the flooded pitch.", None),
                  E("The club reported raising £3m from the share sale.",
                    ("raising £3m from the share sale", "The club")),
                  E("The senate confirmed a judge on Tuesday.", None),
                  E("The study was cited in the report.", None),
                  E("The inspector noted the poor state of the stand's roof.",
                    ("the poor state of the stand's roof", "The inspector")),
                  E("She noted down the registration number of the van.", None),
                  E("The union argued against the closure of the depot.",
                    ("the closure of the depot", "The union")),
                  E("Residents complained about the noise from the new runway.",
                    ("the noise from the new runway", "Residents")),
                  E("The two barristers argued for hours.", None),
                  E("The keeper complained of chest pains.", None))),
    ReportedRule(
        name="question", find=question,
        examples=(E("Councillor Mia Lund asked whether the road would reopen before winter.",
                    ("whether the road would reopen before winter", "Mia Lund")),
                  E("The presenter asked Mia Lund about the delay to the hospital.",
                    ("the delay to the hospital", "The presenter")),
                  E("The minister was asked by a caller why the depot had closed.",
                    ("why the depot had closed", "a caller")),
                  E("Asked by a caller on Friday about the closure of the pool, the mayor "
                    "blamed the budget.", ("the closure of the pool", "a caller")),
                  E("When asked whether the pool would reopen, the mayor said she did not "
                    "know.", ("whether the pool would reopen", None)),
                  E("She asked for a glass of water.", None))),
)
check_names(REPORTED_RULES)
