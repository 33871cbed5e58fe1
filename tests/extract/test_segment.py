"""Sentences, page chrome, headlines, captions, datelines and duplicated lines."""

from __future__ import annotations

import pytest

from provenance.extract import extract
from provenance.extract.segment import split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The U.S. Army said the drill ended.", 1),
        ("Talks resumed in Nov. 2023 in Geneva.", 1),
        ("Rep. Ann Cole (D-Calif.) voted no. The bill failed.", 2),
        ("Gov. Tom Hale and Sen. Ruth Ibsen met Mr. Dole at 5 p.m. on Monday.", 1),
        ("The plant will close by March 2.Officials said 300 jobs would go.", 2),
        ("George W. Bush spoke first. Then the mayor spoke.", 2),
        ("He moved to the U.S. The move was quick.", 2),
        ("\u201cWe are ready.\u201d He left the room.", 2),
        ("Is it over? Nobody knows. Wait and see!", 3),
        ("Shares of Nordbank Inc. rose 4% on Friday.", 1),
        ("The firm, based in Washington, D.C., hired 40 people.", 1),
        ("It sees $1.10 to $1.30, down from $1.85 to $2.00. Analysts had wanted $1.91.", 2),
    ],
)
def test_sentence_boundaries(text: str, want: int) -> None:
    assert len(sentences(text)) == want, sentences(text)


def test_page_chrome_never_becomes_a_claim() -> None:
    text = (
        "Latest news\n\nAdvertisement\n\n3 min read\n\nBy Jane Roe\n\nSee all\n\n"
        "Subscribe to our newsletter\n\nThe council approved the budget on Monday.\n\n"
        "Help Us Break Through the Algorithm\n\nYour support keeps our reporting free. "
        "Donate today.\n\nShare this article\n"
    )
    ex = extract(text)
    assert [c.text for c in ex.claims] == ["The council approved the budget on Monday"]
    kinds = {s.text: s.kind for s in ex.sentences}
    assert kinds["Advertisement"] == "boilerplate"
    assert kinds["By Jane Roe"] == "boilerplate"
    assert kinds["Help Us Break Through the Algorithm"] == "boilerplate"


def test_headline_and_title() -> None:
    ex = extract("Council Approves Budget After Long Night\n\nThe council approved the budget.")
    assert ex.sentences[0].kind == "headline"
    assert ex.title == "Council Approves Budget After Long Night"


def test_caption_credit_is_the_source() -> None:
    ex = extract("Firefighters work at the scene on Sunday. (AP Photo/Sam Doe)\n\nThe fire spread.")
    cap = [c for c in ex.claims if ex.sentences[c.sentence_index].kind == "caption"]
    assert cap[0].text == "Firefighters work at the scene on Sunday"
    assert cap[0].chain[0].name == "AP"
    assert cap[0].chain[0].cue == "photo credit"


def test_dateline_is_stripped_not_chrome() -> None:
    text = "KYIV, Jan. 5 (AP) \u2014 Ukrainian forces shot down 20 drones overnight."
    ex = extract(text)
    assert [c.text for c in ex.claims] == ["Ukrainian forces shot down 20 drones overnight"]
    assert ex.sentences[0].kind == "body"


def test_duplicated_lines_give_no_duplicate_claims() -> None:
    line = "The bridge reopened to traffic on Friday."
    ex = extract(f"{line}\n\n{line}\n")
    assert len(ex.claims) == 1


def test_paragraph_broken_across_lines_is_one_sentence() -> None:
    text = "The ministry said the new border crossing near the river\nwould open next month."
    ex = extract(text)
    assert len(ex.claims) == 1
    assert ex.claims[0].text.endswith("would open next month")
    assert ex.claims[0].chain[0].name.lower().endswith("ministry")


def test_curly_quotes_and_em_dashes() -> None:
    text = "\u201cThe levee held\u2014barely,\u201d Mayor Ruth Ibsen said."
    ex = extract(text)
    assert ex.claims[0].text == "The levee held\u2014barely"
    assert ex.claims[0].chain[0].name == "Ruth Ibsen"


def test_wire_photo_credit_without_brackets() -> None:
    text = (
        "Headline Words Go Here For The Story\n\n"
        "The chief executive speaks in Bonn, March 3, 2023. REUTERS/Lisa Mann/File Photo\n\n"
        "The company will recall 80,000 cars."
    )
    ex = extract(text)
    cap = [c for c in ex.claims if ex.sentences[c.sentence_index].kind == "caption"]
    assert cap[0].chain[0].name == "Reuters"
    assert "REUTERS" not in cap[0].text


def test_headline_dash_sources_is_an_unnamed_attribution() -> None:
    ex = extract("Exclusive: Carmaker to recall 80,000 vehicles - sources\n\nThe recall is large.")
    c = ex.claims[0]
    assert c.text == "Carmaker to recall 80,000 vehicles"
    assert [h.kind for h in c.chain] == ["unnamed"]


@pytest.mark.parametrize(
    "line",
    [
        "Published 3:04 PM EST, Tue November 14, 2023",
        "Updated: Nov. 14, 2023 at 5:10 p.m.",
        "By Jane Doe, Reuters",
        "Share",
        "Read more: Talks stall again in Geneva",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "(END)",
        "Published May 3, 2024, 9:12 a.m. ET",
        "March 2, 2024 6:41 PM GMT+1 Updated 3 hours ago",
        "Sport | Football",
        "From the section Rugby Union",
        "Facebook X WhatsApp Copy link",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "Home  News  Sport  Weather",
        "More on this story",
        "More about: Floods, Rivers",
        "Have a confidential tip for our reporters? Get in Touch",
        "Save articles to read later and create your own reading list.",
        "Follow Valley News English:",
        "Join our commenting forum",
        "This interview has been edited for length and clarity.",
        "Economics correspondent, Valley News",
        "Thursday 12 February 2026 19:40 GMT",
        "Fri 6 Mar 2026 07.00 GMT",
        "News   World   Politics   Sports   Entertainment   Business   Science   Fact Check   Live",
        "Related",
        "Comments are closed for this story.",
        "The Ledger - Back to homepage",
        "Explore more on these topics",
        "Issued on: 11/03/2026 - 09:14  Modified: 11/03/2026 - 12:40",
        "3 min Reading time",
        "Our morning email breaks down the key stories of the day, telling you why it matters",
        "LOCAL NEWS / HEALTH",
        "TOI City Desk / TNN / Updated: Nov 12, 2025, 22:41 IST",
        "Jonas Reuter (with Reuters, dpa)",
        "Edited by: Anna Schall",
        "Related topics: European Union, E-commerce, China",
        "MASATO ONODERA, Nikkei staff writer",
        "Also Read: Senior citizen loses Rs 87 lakh to fake officers",
        "With inputs from PTI",
        "For reprint rights: Times Syndication Service",
        "Get our climate coverage in your inbox",
        "Hannah Leclerc covers health for the Sentinel. Reach her at hl@sentinel.example.",
        "A weekly look at politics across the Gulf states. Sign up to receive it every Thursday.",
        "Climate News is a nonprofit. We rely on readers. Please consider making a donation.",
        "Share Article via WhatsApp",
        "Share story by Email",
        "Got a story tip? Email tips@valleynews.example or call 555-201-3344.",
        "Email newsdesk@valleynews.example or call 555-201-3344",
        "Cookies on the Valley News website",
        "We use cookies to make this site work for you. Tell us if you accept all cookies.",
        "No, take me to settings",
        "Image source, Harbor Photo Agency",
        "Tags: Floods, Rivers, Council",
        "Suggested Topics:",
        "Politics 09:15 March 12, 2026",
        "Published Thu, Mar 12 2026 9:15 AM EDT",
        "Source: Valley News and news agencies",
        "(For Editorial Use Only. No Resale) (Valley Wire)",
        "list of 3 items",
        "list 2 of 3",
        # a date stamp with a dash after the word and a 12-hour clock with a zone
        "Updated - March 4, 2027 11:20 am IST",
        "Published - March 3, 2027 07:15 pm GMT",
        # an in-story link under a "READ |" prefix
        "READ | Port authority seeks more time for dredging plan",
        "ALSO READ | Ferry services resume after two-day strike",
        "Buy Licensing Rights, opens new tab",
        "Enter your email address",
        # menu labels run together
        "Load moreHide main menu",
        "Valley Terminal Demo RequestValley Anywhere Remote LoginValley Customer Support",
        # wire credits too long for a short line
        "Reporting by Ana Ruiz in Lima and Tom Hale in Quito; Editing by Lee Kim and Mara Dunn",
        "Additional reporting by Sven Ek in Oslo, Rui Dias in Porto and Ida Berg in Bergen; "
        "Writing by Noor Haddad; Editing by Paul Grant",
        "All quotes delayed a minimum of 20 minutes. Read our disclaimer for a full list of "
        "exchanges.",
        # a menu button, a whole menu run together with no spaces, a section label with "&"
        "Open side navigation menu",
        "Toggle mobile search bar",
        "HomeNewsUKWorldBusinessClimateOpinionWork & CareersLife & StyleTravel",
        "Regional Politics & Diplomacy",
        # markers around an in-story promotion
        "skip past newsletter promotion",
        "Skip next section Related topics",
        "Skip past advertisement",
        # a newsletter promotion and its blurb
        "Unlock the Weekend Briefing for free",
        "Ann Roe, our health editor, picks the week\u2019s best stories in this free newsletter.",
        # copyright lines without a year after the word, or with a site before the sign
        "Copyright The Valley News Company Limited 2026. All rights reserved.",
        "valleynews.example © 1996-2026 The Valley News",
        "© 1999-2026 Valley Wire. All rights reserved.",
        # a reader appeal at the foot of a story
        "I hope you appreciated this article. Before you move on, I was hoping you would "
        "consider taking the step of supporting the Valley News\u2019s journalism.",
        "We hope you enjoyed this story. If you can, please consider supporting independent "
        "journalism like ours.",
        # story credits of any role, several in one line
        "Satellite imagery analysis by Ann Roe. Editing by Tom Hale. Design by Lee Kim.",
        "Photo editing by Mara Dunn; Graphics by Sven Ek; Video by Ida Berg",
        # a byline label whose name is on the next line
        "Text by:",
        "Written by",
        "Words by: Ann Roe",
        "Subscribe to comment and get the full experience. Choose your plan →",
        # a cookie prompt put to the reader
        "Let us know you agree to cookies",
        "By continuing to browse the site you are agreeing to our use of cookies",
        # a link to the owner's other products, under the site's tagline
        "Learn more about Valley Terminal",
        "Find out more about our events",
        # an in-story link too long for a short line
        "Read also: \u2018We hear them before we see them\u2019 \u2014 How river floods are "
        "reshaping life in the old town",
        "Related: Harbor ferry fares to rise twice next spring as fuel costs climb and the "
        "operator cuts routes",
        "See also: Council approves budget after a six-hour debate that ran past midnight on "
        "Monday in the old town hall",
        # the site's promotion of its own news, apps and services
        "Get Current Updates on Valley News, Weather Today, Latest News at Valley Times.",
        "Catch every big goal, every save with Goal-it, a one stop destination for Live Scores, "
        "Match Stats, Infographics & much more.",
        "Download the Valley Times app to get daily market updates and live business news.",
        "Stay updated with the latest news from the coast on our app",
        # who else reported the story, however many names
        "Associated Press writer Ann Roe in Oslo contributed to this report.",
        "Associated Press writers Ann Roe in Oslo, Tom Hale in Bergen and Lee Kim in Riga "
        "contributed to this report.",
        "Sven Ek contributed reporting from Bergen.",
        "Contributing: Ann Roe and Tom Hale, Valley News",
        # the heading of an author's note or a summary list
        "Note from the author:",
        "A note to our readers",
        "Editor\u2019s note:",
        "Key developments on Nov. 21:",
        "Key takeaways for today:",
        "What we know so far:",
        # an offer priced by the month or week
        "Fund the free press with \u00a34 per month",
        "Join for just $1 a week",
        "Read without limits from \u20ac2 a month",
        # social accounts and requests for stories, one line or one paragraph
        "Follow Valley News Leicester on Facebook, on X, on Instagram, on Threads or on TikTok.",
        "Send your story ideas to news@valleynews.example or via WhatsApp on 0808 100 2210.",
        "Follow Valley News on Facebook, on X, or on Instagram. Send your story ideas to "
        "news@valleynews.example or via WhatsApp on 0808 100 2210.",
        # a membership appeal signed by the author
        "Hi, this is Ann Roe. I compile our daily updates. Every day, our team tracks what is "
        "happening in the valley so that readers everywhere have the full picture. If you value "
        "this work, please consider becoming a member of Valley News.",
        # a picture box's label and prompt, an audio player's
        "VIDEO GALLERY (CLICK TO EXPAND)",
        "Tap play to listen to this story",
        "Narrated by AI.",
        # notes on the story itself
        "This post has been updated to include a statement from the harbor board.",
        "This article is developing. Check back later for updates.",
        # a search box's placeholder, a section's timestamp with a comma after the clock
        "Search news, topics & videos",
        "09:45, 2 APR 2027",
        # a subscription or newsletter box, line by line
        "Got a confidential story tip? We want to hear from you.",
        "Get the best Harbor City stories delivered to your inbox",
        "Get the inside track on city hall \u2014 every weekday morning.",
        "Thanks for signing up!",
        "We have more newsletters",
        "An error occurred, please try again.",
        "By subscribing, you help us keep reporting on the valley.",
        "By signing up, you agree to receive offers from Valley News. You can unsubscribe at any "
        "time.",
        "In an age of rumour and noise, independent journalism has never been more important.",
        "Want more insight from Valley Wire? Valley Wire Pro is our premium service for traders, "
        "with alerts, data and analysis on every market you follow, from metals to grain and "
        "energy. Email sales@valleywire.example to request a free trial.",
        "Market data is a real-time snapshot *Data is delayed at least 20 minutes. Business "
        "News, Stock Quotes, and Market Data and Analysis.",
        # a heading over a list of links
        "Don\u2019t miss these picks from Valley Wire PRO",
        # a prompt to rank the site in Google's results
        "Add Valley News on Google",
        "Make Harbor Times a preferred source on Google",
        # links for keyboard users, a video's embed box
        "Go to accessibility shortcuts",
        "Keyboard shortcuts for video player",
        "Copy and paste the embed code below:",
        # an offer with the outlet's name in it, a pop-up's button
        "Become a Harbor Radio sponsor",
        "Remind me later",
        # a consent banner's standard text
        "We and our 311 partners use cookies to store and/or access information on a device and "
        "process personal data for ads and content measurement.",
        # an event's ticket offer
        "Join 5,000+ founders and investors at Harbor Summit 2027. Register today to save up to "
        "$300.",
        # what our newsletters hold, past fifteen words
        "Our daily newsletters bring a curated selection of reporting, analysis, opinion and "
        "more from the Valley News newsroom.",
        # a rights notice, however long
        "Copyright (c) 2026 Harbor Wire prohibits its content from being reproduced or "
        "redistributed without consent, and forbids its use to train artificial intelligence "
        "systems.",
        # a weekly's print-edition notes, however long
        "This article appeared in the Britain section of the print edition under the headline "
        "\u201cA bridge too far\u201d",
        "From the March 4th 2027 edition",
        "Discover stories from this section and more in the list of contents",
        # the clock before the day, and a share button's message
        "6:05 am on 14 March 2027",
        "Link has been copied to clipboard",
    ],
)
def test_chrome_lines(line: str) -> None:
    ex = extract(f"{line}\n\nThe council approved the budget on Monday.")
    assert ex.sentences[0].kind == "boilerplate"
    assert [c.text for c in ex.claims] == ["The council approved the budget on Monday"]


@pytest.mark.parametrize(
    "line",
    [
        "By now, the council had approved the budget for the year.",
        "By contrast, the mayor said the budget was too small.",
        "Updated figures show the deficit grew by a third last year.",
        "Published reports said the budget would be cut by a third.",
        "Opinion | Why the council is wrong about the budget",
        "Follow the money, the auditor told the council on Monday.",
        "More stories emerged on Monday about the budget vote.",
        "Share prices fell by a third after the budget vote on Monday.",
        "Sources said the budget would be cut by a third.",
        "Email records show the mayor knew of the shortfall in May.",
        "Cookies on the menu at the school fair cost a dollar more this year.",
        "The newsletter, published weekly by the union, said wages fell.",
        "Editing software was blamed for the error.",
        "Copyright law was changed in 2019 after a long campaign by authors.",
        "Skip Bayless said the team would win the final on Sunday.",
        "Research by Oxford Economics shows wages fell by a third last year.",
        "Design by committee slowed the project, the mayor said.",
        "\u201cWe must support local journalism,\u201d the minister told reporters on Monday.",
        "Open data on the menu of school meals was published on Monday.",
        "Unlock codes were sold for free at the market, police said.",
        "Readers of this newsletter in Oslo, the editor said, doubled last year.",
        "Skip over the boring parts, the coach told the players on Monday.",
        "Data was compiled by Eurostat.",
        "Learning more about the virus will take years, the minister said.",
        "Higher costs contributed to the report\u2019s gloomy outlook, the auditor said.",
        "Rain contributed to the delays, officials said on Monday.",
        "Subscribers paid \u00a34 per month for the service, the company said.",
        "Get ready for higher bills, the regulator warned on Monday.",
        "\u201cWe want to see Ukraine becoming a member of NATO,\u201d the minister told us.",
        "Police urged residents to send their videos of the crash to officers.",
        "\u201cWe will stop Ukraine from becoming a member of NATO,\u201d he told our reporter.",
        "Finland is considering becoming a member of NATO, our correspondent reports.",
        "Discover Financial said on Tuesday its mobile app outage had been resolved.",
        "Key points of the budget were agreed on Monday, the mayor said.",
        "Fans can follow the team on Instagram, the club said on Monday.",
        "Stay home if you feel sick, officials said, citing the latest updates from the agency.",
        "BlackRock and PayPal Back YouTube Deal in Late Talks",
        "Updated figures from March 4 show the deficit grew by a third.",
        "Reading between the lines, the auditor said the budget was short.",
        "Search teams found the missing hikers on Monday, police said.",
        "Local journalism is more important than ever, the minister said on Monday.",
        "Something went wrong at the plant on Monday, the company said.",
        "Don\u2019t miss the comet this week, astronomers said on Monday.",
        "More veterans shared their stories of the war, the group said.",
        "This report was updated in March, the agency said on Monday.",
        "Thank you for registering so many voters, the mayor told volunteers.",
        "Get vaccinated every winter, health officials said on Monday.",
    ],
)
def test_text_that_starts_like_chrome_is_kept(line: str) -> None:
    ex = extract(f"Some Headline About The Budget Vote\n\n{line}")
    assert ex.sentences[-1].kind == "body"
    assert ex.claims


def test_navigation_bar_and_footer_promotions_are_chrome() -> None:
    body = " ".join(["The council approved a budget of 40 million dollars for the new year."] * 3)
    text = (
        "Home | News | Sports | Opinion\n\n"
        f"{body}\n\n"
        "Most Read from the Ledger\n\n"
        "Before it breaks, it is on our wire.\n"
    )
    ex = extract(text)
    kinds = [s.kind for s in ex.sentences]
    assert kinds[0] == "boilerplate"
    assert kinds[-2:] == ["boilerplate", "boilerplate"]
    assert all("wire" not in c.text for c in ex.claims)


def test_run_together_sentences_split() -> None:
    ex = extract("Contracts must be signed by March 2.Officials said work would start in April.")
    assert [c.text for c in ex.claims] == [
        "Contracts must be signed by March 2",
        "work would start in April",
    ]


def test_copyright_footer_run_together_on_one_line_is_chrome() -> None:
    text = (
        "The council approved the budget on Monday.\n\n"
        "Copyright 2024 Valley News Group. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed."
    )
    assert [c.text for c in extract(text).claims] == ["The council approved the budget on Monday"]


def test_related_links_after_a_short_last_paragraph_are_chrome() -> None:
    body = (
        "The council approved a budget of 40 million dollars for the new year on Monday, "
        "after a debate that ran for more than six hours."
    )
    text = (
        f"Council Approves Budget After Long Debate\n\n{body}\n\nThe mayor was absent.\n\n"
        "More on this story\n"
        "Mayor faces questions over absence\n\n"
        "Copyright 2026 Valley News. All rights reserved. Valley News is not responsible for "
        "the content of external sites. Read about our approach to external linking."
    )
    texts = [c.text for c in extract(text).claims]
    assert "Mayor faces questions over absence" not in texts
    assert not any("external" in t or "rights" in t for t in texts)


def test_site_tagline_above_the_section_label_is_not_the_headline() -> None:
    text = (
        "Exclusive news, data and analytics for financial market professionals\n\n"
        "Commodities\n\n"
        "Cocoa slides to four-month low as arrivals jump\n\n"
        "By Hannah Brereton\n\n"
        "Item 1 of 2 Cocoa pods at a farm in Agboville. REUTERS/Luc Gnago\n\n"
        "Cocoa futures fell on Tuesday."
    )
    ex = extract(text)
    assert [s.kind for s in ex.sentences[:3]] == ["boilerplate", "boilerplate", "headline"]
    assert "Cocoa slides" in ex.sentences[2].text
    assert [c.text for c in ex.claims] == [
        "Cocoa slides to four-month low as arrivals jump",
        "Cocoa pods at a farm in Agboville",
        "Cocoa futures fell on Tuesday",
    ]


def test_headline_standfirst_and_byline_keep_the_headline() -> None:
    text = (
        "Court rejects appeal as four-year ban stands\n\n"
        "Judges dismiss the contamination defence; the athlete may appeal again\n\n"
        "By Helen Mwangi\n\n"
        "The court ruled on Thursday."
    )
    assert extract(text).sentences[0].kind == "headline"


def test_clock_time_ends_a_sentence_before_a_capital_but_not_before_a_day() -> None:
    text = (
        "Schools should start no earlier than 8:30 a.m. Fewer than one in five do. "
        "The meeting begins at 10 a.m. Tuesday in Dover. It ends at 9 p.m. ET on Friday."
    )
    assert [s.text for s in extract(text).sentences] == [
        "Schools should start no earlier than 8:30 a.m.",
        "Fewer than one in five do.",
        "The meeting begins at 10 a.m. Tuesday in Dover.",
        "It ends at 9 p.m. ET on Friday.",
    ]


def test_headline_linked_under_read_next_is_chrome() -> None:
    body = "The council approved a budget of 40 million dollars for the new year on Monday."
    text = f"{body}\n\nREAD NEXT\nParts makers seek new buyers as orders slow\n\n{body[:-1]} again."
    assert all("Parts makers" not in c.text for c in extract(text).claims)


def test_caption_credit_in_brackets_with_a_slash_or_via() -> None:
    for caption, credit in (
        (
            "A nurse prepares a dose in Fairhaven. (Sarah Whitlow/The Fairhaven Sentinel)",
            "Sentinel",
        ),
        ("Families arrive at a camp in Tawila. (AFP via Getty Images)", "AFP"),
    ):
        ex = extract(f"{caption}\n\nThe outbreak grew on Monday.")
        assert ex.sentences[0].kind == "caption"
        cap = ex.claims[0]
        assert credit in cap.chain[0].name
        assert "(" not in cap.text


_BODY = "The council approved a budget of 40 million dollars for the new year on Monday."


def _assert_chrome_line(line: str) -> None:
    """``line`` between a story's body and its next paragraph is chrome: no claim of its
    own, the story's claims untouched (a line that makes no claim is chrome all the same: a
    credit line is no caption)."""
    text = (
        f"Council Approves Budget After Long Night\n\n{_BODY}\n\n{line}\n\n"
        "The mayor said the vote was close."
    )
    ex = extract(text)
    assert [c.text for c in ex.claims] == [
        "Council Approves Budget After Long Night",
        _BODY[:-1],
        "the vote was close",
    ]
    assert {s.kind for s in ex.sentences if s.text in line} == {"boilerplate"}


@pytest.mark.parametrize(
    "heading",
    [
        "Recommended Stories",
        "Top stories",
        "Most read",
        "More from Business",
        # a section's latest headlines; a paid service's picks
        "Latest Regional Stories",
        "Don\u2019t miss these picks from Valley PRO",
    ],
)
def test_every_link_under_a_list_heading_is_chrome(heading: str) -> None:
    text = (
        f"{heading}\n\nCouncil Approves Budget After Long Night\n\n{_BODY}\n\n"
        f"{heading}\nlist of 3 items\nlist 1 of 3\n"
        "Harbor ferry fares to rise twice next spring, operator says\nlist 2 of 3\n"
        "Will the old mill ever reopen as a market hall?\nlist 3 of 3\n"
        "Photos: Lantern parade lights up \u201cthe old town\u201d\nend of list\n\n"
        "The mayor said the vote was close."
    )
    ex = extract(text)
    # at the top of the page the heading is a menu item: the title under it stays the title
    assert ex.sentences[1].kind == "headline"
    assert [c.text for c in ex.claims] == [
        "Council Approves Budget After Long Night",
        _BODY[:-1],
        "the vote was close",
    ]


def test_links_after_a_video_promo_are_chrome() -> None:
    text = (
        f"{_BODY}\n\nWATCH NOW\nVIDEO 1:58\nMayor on the budget vote and what comes next\n\n"
        "The mayor said the vote was close."
    )
    assert all("comes next" not in c.text for c in extract(text).claims)


def test_caption_credit_in_square_brackets() -> None:
    ex = extract(
        "Rescuers dig through the debris of a school in Dera on Monday [Lina Haddad/AFP]\n\n"
        "The quake struck at dawn."
    )
    assert ex.sentences[0].kind == "caption"
    assert ex.claims[0].chain[0].name == "AFP"


def test_site_tagline_over_a_menu_is_not_the_headline() -> None:
    text = (
        "VALLEY WIRE SERVICE\nThe Region\u2019s Trusted Wire\nHome\nLatest\nPolitics\n"
        "Economy\nWorld\nCulture/Sports\nSearch\n\nPolitics\n\n"
        "(LEAD) Council passes budget after six-hour debate\n\n"
        "All News 09:15 March 12, 2026\nBy Lee Min-ho\n\n"
        f"VALLEYTOWN, March 12 (Valley Wire) -- {_BODY}"
    )
    ex = extract(text)
    assert [s.text for s in ex.sentences if s.kind != "boilerplate"] == [
        "(LEAD) Council passes budget after six-hour debate",
        _BODY,
    ]
    assert ex.title == "(LEAD) Council passes budget after six-hour debate"


def test_cookie_banner_and_image_source_lines_are_chrome() -> None:
    text = (
        "Cookies on the Valley News website\n"
        "We use cookies to make this site work for you. Tell us if you accept all cookies.\n"
        "Yes, I accept\nNo, take me to settings\n\n"
        "Flood barriers go up along the river, council says\n\n"
        "Image source, Harbor Photo Agency\nImage caption,\n"
        "Workers fixed the barriers in place on Sunday\n\n"
        f"{_BODY}"
    )
    ex = extract(text)
    assert [c.text for c in ex.claims] == [
        "Flood barriers go up along the river",
        "Workers fixed the barriers in place on Sunday",
        _BODY[:-1],
    ]
    assert ex.title == "Flood barriers go up along the river, council says"


def test_notes_about_the_author_and_the_outlet_after_the_story_are_chrome() -> None:
    text = (
        "Council Approves Budget After Long Night\n\nBy JANE ROE\n\n"
        f"{_BODY}\n\n"
        "Ann Smith is a senior analyst at Northbank, which lends to the town.\n\n"
        "Tom Hale is a reporter at the Harbor Post, which first reported the shortfall.\n\n"
        "___\n\n"
        "The Valley News science desk receives support from the Harlan Trust. Valley News is "
        "solely responsible for all content.\n\n"
        "JANE ROE\nRoe covers city hall and the courts for Valley News. She wrote for the "
        "Harbor Post before.\n\n"
        "Valley Wire, the news arm of Valley Group, is the region\u2019s largest news provider, "
        "reaching millions of people every week."
    )
    texts = [c.text for c in extract(text).claims]
    # a fact in the story about an analyst or a reporter stays; the notes after it go
    assert any(t.startswith("Ann Smith is a senior analyst at Northbank") for t in texts)
    assert any(t.startswith("Tom Hale is a reporter at the Harbor Post") for t in texts)
    notes = ("Harlan", "responsible", "covers", "wrote", "provider", "millions")
    assert not [t for t in texts if any(w in t for w in notes)], texts


def test_author_note_under_the_byline_is_chrome() -> None:
    text = (
        "Council Approves Budget After Long Night\n\nby Jane Roe\n\n"
        "Jane Roe is a news editor at Valley News. She previously reported from Harbor City.\n\n"
        f"{_BODY}"
    )
    assert [c.text for c in extract(text).claims] == [
        "Council Approves Budget After Long Night",
        _BODY[:-1],
    ]


def test_tagline_over_a_byline_of_three_names_is_not_the_headline() -> None:
    text = (
        "Market intelligence and news for energy traders\n\nCommodities\n\n"
        "Copper output slips as smelters pause, analysts say\n\n"
        "By Ana Ruiz, Tom Hale and Lee Kim\n\n"
        f"{_BODY}"
    )
    ex = extract(text)
    assert [s.kind for s in ex.sentences[:4]] == [
        "boilerplate",
        "boilerplate",
        "headline",
        "boilerplate",
    ]
    assert ex.title == "Copper output slips as smelters pause, analysts say"


def test_author_note_by_first_name_under_the_author_line_is_chrome() -> None:
    text = (
        "Council Approves Budget After Long Night\n\nBy Ana Ruiz\n\n"
        f"{_BODY}\n\n"
        "Petrov covers the shortfall from reserves, the treasurer said on Monday.\n\n"
        "Reporting by Ana Ruiz; Editing by Lee Kim\n\n"
        "Ana Ruiz\nValley Wire\n"
        "Ana covers city budgets and transport from Harbor City, with a focus on ports.\n\n"
        "Most Read\nFerry fares to rise twice next spring\n"
    )
    texts = [c.text for c in extract(text).claims]
    # a story sentence of that shape, with no author's name over it, stays
    assert any(t.startswith("Petrov covers the shortfall") for t in texts), texts
    assert not [t for t in texts if "transport" in t or "Editing" in t], texts


def test_appeal_box_from_its_opening_to_remind_me_later_is_chrome() -> None:
    text = (
        "Council Approves Budget After Long Night\n\n"
        f"{_BODY}\n\n"
        "A Message from Harbor Times:\n\n"
        "Dear readers,\n\n"
        "We face hard times. The regulator has labelled Harbor Times a banned outlet.\n\n"
        "Officials say our reporting harms the state. We see it differently.\n\n"
        "Continue\nRemind me later.\n\n"
        "The mayor said the vote was close."
    )
    assert [c.text for c in extract(text).claims] == [
        "Council Approves Budget After Long Night",
        _BODY[:-1],
        "the vote was close",
    ]


def test_links_under_also_read_and_visual_stories_are_chrome() -> None:
    text = (
        "Council Approves Budget After Long Night\n\n"
        f"{_BODY}\n\n"
        "Also Read\n"
        "Harbor man loses savings in fake trading app scam\n"
        "Teacher duped of Rs 4 lakh in parcel fraud\n\n"
        "Visual Stories\n"
        "7 quiet beaches near the harbour for a weekend trip\n"
    )
    assert [c.text for c in extract(text).claims] == [
        "Council Approves Budget After Long Night",
        _BODY[:-1],
    ]


def test_newsletter_box_inside_the_story_is_chrome() -> None:
    text = (
        "Council Approves Budget After Long Night\n\n"
        f"{_BODY}\n\n"
        "Sign up to Harbor Notes\nWeekly newsletter\n"
        "The coast\u2019s biggest stories. Get the week\u2019s news from the shore and beyond\n"
        "Enter your email address\nSign up\n"
        "Privacy Notice: Newsletters may carry offers from partners. See our Privacy Policy.\n"
        "after newsletter promotion\n\n"
        "The mayor said the vote was close."
    )
    assert [c.text for c in extract(text).claims] == [
        "Council Approves Budget After Long Night",
        _BODY[:-1],
        "the vote was close",
    ]


def test_byline_of_names_in_a_city_under_the_headline_is_chrome() -> None:
    for byline in ("Ann Roe and Tom Hale in Oslo", "Ann Roe in Oslo and Tom Hale in New York"):
        text = (
            "Council Approves Budget After Long Night\n"
            "Unions plan protests as the town braces for cuts\n"
            f"{byline}\nPublished 2 hours ago\n\n{_BODY}"
        )
        ex = extract(text)
        assert [c.text for c in ex.claims] == [
            "Council Approves Budget After Long Night",
            "Unions plan protests as the town braces for cuts",
            _BODY[:-1],
        ]
    # a headline of that shape stays the headline; a subhead in the story stays text
    long_body = f"{_BODY} The vote came after a debate that ran for more than six hours. {_BODY}"
    ex = extract(f"Protests Erupt in Paris\n\n{long_body}\n\nTalks Resume in Geneva")
    assert ex.sentences[0].kind == "headline"
    assert ex.sentences[-1].kind != "boilerplate"


def test_site_slogan_over_a_menu_is_not_the_headline() -> None:
    text = (
        "Truth Lives in the Valley\nSign in\nSubscribe\nPolitics\nWorld\nWorld\nEurope\n"
        "Council approves budget after a six-hour debate in Valleytown\n"
        "Unions say the cuts go too far. The mayor says the town has no choice.\n"
        "By Ann Roe\nUpdated March 21, 2026 at 9:14 a.m. EDT\n\n"
        f"{_BODY}"
    )
    ex = extract(text)
    assert ex.sentences[0].kind == "boilerplate"
    assert ex.title == "Council approves budget after a six-hour debate in Valleytown"


def test_tass_dateline_is_stripped_not_chrome() -> None:
    text = "VALLEYTOWN-ON-SEA, March 12. /TASS/. The council approved the budget on Monday."
    ex = extract(text)
    assert [s.text for s in ex.sentences] == ["The council approved the budget on Monday."]
    assert [c.text for c in ex.claims] == ["The council approved the budget on Monday"]
    assert ex.sentences[0].kind == "body"


def test_agency_dateline_after_a_town_in_plain_case_is_stripped() -> None:
    text = "Bergen (Norway) (AFP) \u2013 The council approved the budget on Monday."
    ex = extract(text)
    assert [c.text for c in ex.claims] == ["The council approved the budget on Monday"]
    # a company and its ticker before a dash is no dateline
    ex = extract("Nordbank (NBK) \u2013 the lender said profits rose by a third on Monday.")
    assert ex.sentences[0].text.startswith("Nordbank")


def test_caption_credit_after_a_copyright_sign() -> None:
    # in brackets: the credit is the source
    ex = extract(
        "Headline Words Go Here For The Story\n\n"
        "New hangars line the runway in an image taken Feb. 27. "
        f"(Satellite image \u00a92026 Orbital Maps)\n\n{_BODY}"
    )
    assert ex.sentences[1].kind == "caption"
    assert ex.claims[1].text == "New hangars line the runway in an image taken Feb. 27"
    assert ex.claims[1].chain[0].name == "Orbital Maps"
    # after the caption with no bracket: the credit is chrome, the caption a claim
    for caption, credit in (
        ("Rescuers search the debris in Bergen on Monday.", "\u00a9 Ann Roe, AFP"),
        ("The new bridge spans the harbour in Valleytown", "\u00a9 Valley Ports"),
    ):
        ex = extract(f"Headline Words Go Here For The Story\n\n{caption} {credit}\n\n{_BODY}")
        assert [(s.text, s.kind) for s in ex.sentences[1:3]] == [
            (caption, "caption"),
            (credit, "boilerplate"),
        ]
        assert [c.text for c in ex.claims][1] == caption.rstrip(".")


def test_cookie_prompt_over_the_menu_is_not_the_headline() -> None:
    # taken for the headline, the prompt made the menu's "Video" a list heading, and the title
    # and the caption under it were taken for links
    text = (
        "Let us know you agree to cookies\n"
        "We use cookies to give you the best online experience. Please let us know if you "
        "agree to all of these cookies.\nYes, I agree\nNo, take me to settings\n\n"
        "Skip to content\nValley Broadcasting\nHome\nNews\nSport\nVideo\nLive\nRegister\n"
        "Sign In\nHome\nUK\nEngland\n\n"
        "Cyclist killed in lorry crash was \u2018devoted dad\u2019, family says\n\n"
        "3 hours ago\nShare\nAnn Roe\nValley News, Leicester\n\n"
        "Image source, Family handout\nImage caption,\n"
        "Tom Hale had cycled the same route to work for 12 years, his family said\n\n"
        f"{_BODY} The vote came after a debate that ran for more than six hours."
    )
    ex = extract(text)
    assert ex.title == "Cyclist killed in lorry crash was \u2018devoted dad\u2019, family says"
    texts = [c.text for c in ex.claims]
    assert not [t for t in texts if "cookies" in t], texts
    assert any("cycled the same route" in t for t in texts), texts


def test_chrome_after_a_caption_on_its_line_is_cut_off() -> None:
    # a link's label after a wire credit: the credit is found, the label is chrome
    line = (
        "A worker inspects a wing rib in Wichita, Kansas, March 4, 2024. "
        "REUTERS/Ann Roe/File Photo Purchase Licensing Rights, opens new tab"
    )
    ex = extract(f"Headline Words Go Here For The Story\n\n{line}\n\n{_BODY}")
    assert [s.kind for s in ex.sentences[1:3]] == ["caption", "boilerplate"]
    assert ex.sentences[2].text == "Purchase Licensing Rights, opens new tab"
    assert not [c.text for c in ex.claims if "Licensing" in c.text or "REUTERS" in c.text]
    # a usage restriction after a caption: chrome, and the agency in brackets after it
    caption = "This photo, released by the agency on Nov. 20, shows a test-fire the day before."
    for note in (
        "(For Use Only in the Republic of Valley. No Redistribution) (Valley Wire)",
        "(Editorial use only. No resale)",
        "ATTENTION EDITORS - THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALES. NO "
        "ARCHIVES.",
        # where the picture was posted, after who posted it
        "(Valley Oblast Military Administration/Telegram)",
    ):
        ex = extract(f"Headline Words Go Here For The Story\n\n{caption} {note}\n\n{_BODY}")
        assert [(s.text, s.kind) for s in ex.sentences[1:3]] == [
            (caption, "body"),
            (note, "boilerplate"),
        ]
        # what the picture shows, the agency that released it its source
        assert [c.text for c in ex.claims][1:] == ["a test-fire the day before", _BODY[:-1]]


def test_dateline_with_a_region_and_a_date_is_stripped() -> None:
    for dateline in (
        "WICHITA, Kansas, Nov 18 (Reuters) - ",
        "SYDNEY, Australia, March 3 (AP) \u2014 ",
    ):
        ex = extract(f"{dateline}{_BODY}")
        assert [s.text for s in ex.sentences] == [_BODY]
        assert [c.text for c in ex.claims] == [_BODY[:-1]]


def test_tagline_over_a_long_wire_menu_is_not_the_headline() -> None:
    # fifteen chrome lines between the tagline and the title
    menu = (
        "Learn more about Valley Terminal\nValley Wire home\nWorld\nBusiness\nMarkets\n"
        "Sustainability\nLegal\nViews\nTechnology\nInvestigations\nMore\nMy News\nSign In\n"
        "Register\n\nAerospace & Defense\n"
    )
    text = (
        "Skip to main content\n"
        "Exclusive news, data and analytics for financial market professionals\n"
        f"{menu}\n"
        "Exclusive: Parts maker\u2019s audit found falsified test records, documents show\n\n"
        "By Ann Roe and Tom Hale\n\n"
        "November 18, 2025 11:06 AM GMTUpdated 2 hours ago\n\n"
        f"{_BODY}"
    )
    ex = extract(text)
    assert ex.title.startswith("Exclusive: Parts maker\u2019s audit found")
    assert not [c.text for c in ex.claims if "analytics" in c.text or "Learn" in c.text]


@pytest.mark.parametrize("heading", ["KEYWORDS", "Related Tags", "Topics"])
def test_tag_list_under_its_heading_is_chrome(heading: str) -> None:
    # the tags on one line, commas between them, or one a line (some four words long)
    text = (
        f"Council Approves Budget After Long Night\n\n{_BODY}\n\n{heading}\n"
        "budgets, ferries, Harbor County, Valley Transport Board, dredging\n\n"
        f"{heading}\nFerries\nCouncil of the Harbor\nPort Authority\n\n"
        "The mayor said the vote was close."
    )
    assert [c.text for c in extract(text).claims] == [
        "Council Approves Budget After Long Night",
        _BODY[:-1],
        "the vote was close",
    ]


def test_outlet_note_over_a_long_footer_menu_is_chrome() -> None:
    # fourteen links, one a line, after the note
    menu = (
        "Menu\nValley Wire\nvalleywire.example\nCareers\nAdvertise with us\nContact Us\n"
        "Terms of Use\nPrivacy Policy\nCookie Settings\nAbout\nValley Wire Values\n"
        "Valley Stylebook\nValley Images\nValley Leads"
    )
    text = (
        f"Council Approves Budget After Long Night\n\n{_BODY}\n\n"
        "Founded in 1902, Valley Wire today remains the most trusted source of fast, accurate "
        "news in all formats. Millions read its stories every day.\n\n"
        f"{menu}\n\nCopyright 2027 Valley Wire. All Rights Reserved."
    )
    assert [c.text for c in extract(text).claims] == [
        "Council Approves Budget After Long Night",
        _BODY[:-1],
    ]


def test_footer_links_before_a_long_market_data_notice_are_chrome() -> None:
    body = (
        "The council approved a budget of 40 million dollars for the new year on Monday, "
        "after a debate that ran for more than six hours in the old town hall."
    )
    text = (
        f"Council Approves Budget After Long Debate\n\n{body}\n\n"
        "Subscribe to Valley PRO\nJoin the Valley Panel\nCorrections\n"
        "Market Data Terms of Use and Disclaimers\n"
        "Data is a real-time snapshot *Data is delayed at least 15 minutes. Global Business "
        "and Financial News, Stock Quotes, and Market Data and Analysis from the valley.\n"
    )
    assert [c.text for c in extract(text).claims] == [
        "Council Approves Budget After Long Debate",
        body[:-1],
    ]


def test_title_that_ends_on_a_quoted_word_is_the_headline() -> None:
    text = (
        "Search quotes, news & videos\nSign in\n\nRETAIL\n\n"
        "Harbor Outfitters shares slide after retailer blames a \u2018cautious shopper\u2019\n\n"
        "Published Thu, Mar 5 2027 4:41 PM EST\n\n"
        f"{_BODY}"
    )
    ex = extract(text)
    assert ex.title == (
        "Harbor Outfitters shares slide after retailer blames a \u2018cautious shopper\u2019"
    )
    assert ex.sentences[0].kind == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "Link Copied!",
        "https://www.valleynews.com/news/local/2027/03/04/council-approves-budget-after-vote",
        "With files from The Harbor Press",
        "Update, March 4th, 6:10PM ET: Added comment from a council spokesperson.",
        "A free daily digest of the news that matters most.",
        "Email (required)",
        "Image: Ann Roe/dpa/picture alliance",
        "Ann Roe \u00b7 Valley News \u00b7 Posted: Mar 24, 2027 4:12 PM ADT | Last Updated: 3 "
        "hours ago",
        "If you buy something from a Valley link, Valley Media may earn a commission. See our "
        "ethics statement.",
        "Follow topics and authors from this story to see more like this in your personalized "
        "homepage feed and to receive email updates.",
        "We have migrated to a new commenting platform. If you are already a registered user of "
        "Valley News and logged in, you may continue to engage with our articles.",
    ],
)
def test_share_notes_editor_notes_and_disclosures_are_chrome(line: str) -> None:
    _assert_chrome_line(line)


def test_links_under_related_article_recommended_and_read_more_from_are_chrome() -> None:
    text = (
        "Council Approves Budget After Long Night\n\n"
        f"{_BODY}\n\n"
        "Related article\n"
        "Harbor radar outage left controllers \u2018blind\u2019 for 90 seconds, union says\n\n"
        "Budget fight behind the scenes\n"
        "The mayor said the vote was close.\n\n"
        "Recommended\n"
        "Private equity groups circle harbour firms as valuations slump\n\n"
        "Read more from Valley News:\n"
        "Teenager jailed for life over murder of 15-year-old in Sheffield\n"
        "Why are so many young people carrying knives?\n\n"
        "The treasurer said the new budget would be published in full next week."
    )
    ex = extract(text)
    assert [c.text for c in ex.claims] == [
        "Council Approves Budget After Long Night",
        _BODY[:-1],
        # one link under "Related article": the subhead after it is the story's
        "Budget fight behind the scenes",
        "the vote was close",
        "the new budget would be published in full next week",
    ]


def test_author_note_under_about_the_author_is_chrome() -> None:
    text = (
        f"Council Approves Budget After Long Night\n\n{_BODY}\n\n"
        "The mayor said the vote was close.\n"
        "ABOUT THE AUTHOR\n"
        "Ann Roe is a reporter with Valley News based in Harbor. She covers city hall.\n"
    )
    assert [c.text for c in extract(text).claims] == [
        "Council Approves Budget After Long Night",
        _BODY[:-1],
        "the vote was close",
    ]


def test_credit_glued_onto_a_caption_and_a_short_link_under_it_are_chrome() -> None:
    text = (
        f"Council Approves Budget After Long Night\n\n{_BODY}\n\n"
        "Mayor Ann Cole and treasurer Tom Hale have clashed over how to fund the new "
        "harbourImage: Ann Roe/dpa/picture alliance\n"
        "https://p.vn.com/p/4xZ9k\n\n"
        "The mayor said the vote was close."
    )
    ex = extract(text)
    kinds = {s.text: s.kind for s in ex.sentences}
    assert kinds["Image: Ann Roe/dpa/picture alliance"] == "boilerplate"
    assert kinds["https://p.vn.com/p/4xZ9k"] == "boilerplate"
    assert not any("Image" in c.text or "https" in c.text for c in ex.claims)


def test_press_release_contact_block_is_chrome() -> None:
    text = (
        f"Valley Power to Buy Harbor Heat\n\n{_BODY}\n\n"
        "Media Contact:\n"
        "Ann Roe\n"
        "Senior Director, Corporate Communications\n"
        "ann.roe@valleypower.com\n"
        "+1 555-0100\n\n"
        "The mayor said the vote was close."
    )
    ex = extract(text)
    kinds = {s.text: s.kind for s in ex.sentences}
    assert kinds["Media Contact:"] == "boilerplate"
    assert kinds["Senior Director, Corporate Communications"] == "boilerplate"
    # a blank line ends the block: the story goes on
    assert kinds["The mayor said the vote was close."] == "body"
    assert [c.text for c in ex.claims] == [
        "Valley Power to Buy Harbor Heat",
        _BODY[:-1],
        "the vote was close",
    ]


@pytest.mark.parametrize(
    "links",
    [
        "Recent news releases from Valley Power, Inc.\n"
        "Valley Power Names New Chief Financial Officer\n"
        "Valley Power to Present at Harbor Energy Summit",
        "Related news\n"
        "Harbor ferry operator raises fares for summer season\n"
        "Storm damage closes coastal road for two weeks",
    ],
)
def test_issuer_release_list_and_related_news_links_are_chrome(links: str) -> None:
    text = (
        f"Valley Power to Buy Harbor Heat\n\n{_BODY}\n\n{links}\n\n"
        "The treasurer said the new budget would be published in full next week."
    )
    ex = extract(text)
    assert [c.text for c in ex.claims] == [
        "Valley Power to Buy Harbor Heat",
        _BODY[:-1],
        "the new budget would be published in full next week",
    ]


def test_slogan_and_a_punctuated_menu_item_over_the_title_are_chrome() -> None:
    text = (
        "The Valley Post\nTruth Lives in the Valley\nSign in\nSubscribe\nPolitics\nWorld\n"
        "Del. & Md.\nSports\n"
        "Council approves budget after a six-hour debate in Valleytown\n"
        "Unions say the cuts go too far. The mayor says the town has no choice.\n"
        "By Ann Roe\nUpdated March 21, 2026 at 9:14 a.m. EDT\n\n"
        f"{_BODY}"
    )
    ex = extract(text)
    kinds = {s.text: s.kind for s in ex.sentences}
    assert kinds["Truth Lives in the Valley"] == "boilerplate"
    assert kinds["Del. & Md."] == "boilerplate"
    assert ex.title == "Council approves budget after a six-hour debate in Valleytown"


def test_staff_photographer_credit_for_the_outlet_is_no_claim() -> None:
    text = (
        f"Council Approves Budget After Long Night\n\n{_BODY}\n\n"
        "Workers repair the harbour wall in Valleytown in May 2026. "
        "(Ann Roe for The Valley Post)\n\n"
        "The mayor said the vote was close."
    )
    ex = extract(text)
    cap = [s for s in ex.sentences if "Ann Roe" in s.text]
    assert [s.kind for s in cap] == ["caption"]
    assert cap[0].text.startswith("Workers repair")
    assert not any("Ann Roe" in c.text for c in ex.claims)
    assert "The mayor said the vote was close." in {
        s.text for s in ex.sentences if s.kind == "body"
    }


def test_section_breadcrumb_over_the_title_is_chrome() -> None:
    text = (
        "Valley Agency\nWorld\nEurope\nSports\n\n"
        "World, Europe, Harbor Dispute\n\n"
        "Valleytown to host harbour talks next week, says mayor\n\n"
        f"{_BODY}"
    )
    ex = extract(text)
    kinds = {s.text: s.kind for s in ex.sentences}
    assert kinds["World, Europe, Harbor Dispute"] == "boilerplate"
    assert ex.title == "Valleytown to host harbour talks next week, says mayor"
    # a title of short clauses is no breadcrumb: a story, not a title, follows it
    ex = extract(f"Politics\nWorld\n\nChina, India Resume Talks\n\n{_BODY}")
    assert ex.title == "China, India Resume Talks"


def test_byline_with_a_date_in_figures_is_chrome() -> None:
    text = (
        "Valleytown to host harbour talks next week, says mayor\n\n"
        "Ann Roe  |04.03.2027 - Update : 04.03.2027\n\n"
        f"{_BODY}"
    )
    ex = extract(text)
    kinds = {s.text: s.kind for s in ex.sentences}
    assert kinds["Ann Roe  |04.03.2027 - Update : 04.03.2027"] == "boilerplate"
    assert [c.text for c in ex.claims] == [
        "Valleytown to host harbour talks next week, says mayor",
        _BODY[:-1],
    ]


def test_live_stream_link_in_the_menu_is_not_the_headline() -> None:
    text = (
        "Valley News\nMenu\nNews\nWatch Valley TV Live\nVideo\nLocal\n"
        "Harbor storm forces evacuation of 3,000 residents in Valleytown\n"
        "March 4, 2027 09:12\n\n"
        f"{_BODY}"
    )
    ex = extract(text)
    kinds = {s.text: s.kind for s in ex.sentences}
    assert kinds["Watch Valley TV Live"] == "boilerplate"
    assert ex.title == "Harbor storm forces evacuation of 3,000 residents in Valleytown"


@pytest.mark.parametrize(
    "line",
    [
        "Join lively conversations, follow other Valley readers and see their replies",
        "Summarize this article with AI",
        "This is AI generated summarization, which may have errors. For context, always refer "
        "to the full article.",
        "How does this make you feel?",
        "Valley Agency website contains only a portion of the news stories offered to "
        "subscribers in the VA News System, and in summarized form. Please contact us for "
        "subscription options.",
    ],
)
def test_comment_promo_ai_summary_reactions_and_wire_notice_are_chrome(line: str) -> None:
    _assert_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        # a byline crediting a wire after the outlet's or the writer's name
        "By Valley News with AFP",
        # stamped by the day's word and the clock, the update after it
        "Published today at 7:05 pm (Harbor), updated at 8:40 pm",
        # a date line, the update's date in brackets
        "Mar 4, 2027 (updated: Mar 5, 2027)",
        # an editor's credit at the story's foot
        "(Edited by Ann Roe)",
        "Translated by Tom Hale and Ann Roe.",
        # two writers, then their role
        "ANN ROE and TOM HALE, Valley News staff writers",
        "Reading time 4 min.",
    ],
)
def test_bylines_stamps_and_editor_credits_are_chrome(line: str) -> None:
    _assert_chrome_line(line)


def test_sentences_shaped_like_stamps_and_credits_stay_text() -> None:
    lines = [
        "Published today at 9 am, the report says rents rose by 4 percent.",
        "The plan was edited by the council's lawyers before the vote.",
        "Ann Roe and Tom Hale, the two reporters, won the prize in May.",
    ]
    text = "Council Approves Budget After Long Night\n\n" + "\n\n".join([_BODY, *lines])
    kinds = {s.text: s.kind for s in extract(text).sentences}
    assert [kinds[line] for line in lines] == ["body", "body", "body"]


def test_links_in_the_block_under_a_related_heading_are_chrome() -> None:
    text = (
        "Council Approves Budget After Long Night\n\n"
        f"{_BODY}\n\n"
        # the links on the lines under the heading, no blank line between
        "Related Article\n"
        "Harbor radar outage left controllers blind for 90 seconds\n"
        "Ferry operator to add night crossings from May\n\n"
        "The mayor said the vote was close.\n\n"
        # a linked headline with its teaser, full stops and all
        "Related\n"
        "Thieves are selling what they say is harbor data. Here is what we know.\n\n"
        "The treasurer said the new budget would be published in full next week.\n\n"
        # the list's heading names the site
        "Read more with Valley News\n\n"
        "Dockers vote to strike over night shifts\n\n"
        "Port authority names new chief executive\n"
    )
    ex = extract(text)
    assert [c.text for c in ex.claims] == [
        "Council Approves Budget After Long Night",
        _BODY[:-1],
        "the vote was close",
        "the new budget would be published in full next week",
    ]


def test_a_paragraph_after_a_blank_line_under_related_is_the_story() -> None:
    text = (
        "Council Approves Budget After Long Night\n\n"
        f"{_BODY}\n\n"
        "Related\n\n"
        "The mayor said the vote was close. The treasurer agreed.\n\n"
        "The treasurer said the new budget would be published in full next week."
    )
    kinds = {s.text: s.kind for s in extract(text).sentences}
    assert kinds["The mayor said the vote was close."] == "body"
    assert kinds["The treasurer agreed."] == "body"


@pytest.mark.parametrize(
    "line",
    [
        # a consent banner naming the outlet and "its partners"
        "Harbor Radio and its partners use cookies and other tracking technologies to store "
        "information on your device. You can refuse them. Accept | Settings",
        # a newsletter's tagline, "Receive …" and when
        "Receive the valley's top stories every morning",
        # the wire that helped, the whole line in brackets
        "(Harbor Wire with AFP)",
        # a byline with its label, a byline with the date after a dash
        "Written By Ann Roe, Tom Hale",
        "by Ann Roe and Tom Hale - 04/02/27 8:15 AM ET",
        # a date line whose clock has no minutes
        "Mar. 3, 2027, 6 a.m. EST",
        # a republishing box
        "Republish This Article for Free",
        "Creative Commons License (CC BY-ND 4.0)",
        # a colleague's share at the story's foot
        "With a report from Tom Hale in Bergen",
    ],
)
def test_more_chrome_lines(line: str) -> None:
    ex = extract(f"{line}\n\nThe council approved the budget on Monday.")
    assert ex.sentences[0].kind == "boilerplate"
    assert [c.text for c in ex.claims] == ["The council approved the budget on Monday"]


@pytest.mark.parametrize(
    "line",
    [
        "With a report from the regulator due soon, shares fell on Monday.",
        "Receive a refund within days, the airline told passengers on Monday.",
        "(The mayor met with reporters on Monday.)",
    ],
)
def test_sentences_like_the_new_chrome_are_kept(line: str) -> None:
    ex = extract(f"Some Headline About The Budget Vote\n\n{line}")
    assert ex.sentences[-1].kind == "body"
    assert ex.claims


@pytest.mark.parametrize(
    "heading",
    ["Topics You May Be Interested In", "Trending Stocks", "More Reporting on Rail Safety"],
)
def test_links_under_a_topics_or_more_reporting_heading_are_chrome(heading: str) -> None:
    body = " ".join([_BODY] * 3)
    text = (
        f"{body}\n\n{heading}\n"
        "Rail Safety Gaps Left Riders at Risk. Then Came the Crash.\n"
        "How a Rule Change Let Bridge Inspections Slip\n"
        "Harbor Power share price\n"
    )
    texts = [c.text for c in extract(text).claims]
    assert texts
    assert not any(w in t for t in texts for w in ("Rail", "Rule", "Harbor", "Topics"))


def test_just_in_headlines_over_the_title_are_chrome() -> None:
    text = (
        "Just In...\n"
        "Mayor names new police chief after long search\n"
        "Flood warning lifted for river towns\n\n"
        "Council approves budget after a long night of debate\n\n"
        "By Jane Roe\n\n"
        f"{_BODY}"
    )
    ex = extract(text)
    heads = [s.text for s in ex.sentences if s.kind == "headline"]
    assert heads == ["Council approves budget after a long night of debate"]
    texts = [c.text for c in ex.claims]
    assert not any("Mayor" in t or "Flood" in t for t in texts)


def test_two_sentence_title_in_capitals_is_the_headline_not_the_tagline() -> None:
    text = (
        "Harbor Wire\n"
        "News That Keeps The Valley Informed\n"
        "Donate\nMenu\nTopics\nSearch\n\n"
        "Rail Safety\n"
        "Valley Let Dozens of Bridges Go Years Without Checks. Drivers Paid the Price.\n\n"
        "Records show state inspectors fell far behind federal deadlines.\n\n"
        "by Ann Roe and Tom Hale\n\n"
        f"{_BODY}"
    )
    ex = extract(text)
    kinds = {s.text: s.kind for s in ex.sentences}
    assert kinds["News That Keeps The Valley Informed"] == "boilerplate"
    assert kinds["Valley Let Dozens of Bridges Go Years Without Checks."] == "headline"
    assert kinds["Drivers Paid the Price."] == "headline"
    assert all("Informed" not in c.text for c in ex.claims)


@pytest.mark.parametrize(
    "line",
    [
        # a machine's date, then the reader's
        "03/04/2027 March 4, 2027",
        # the clock after a dash
        "March 4, 2027 \u2014 6.00am",
        # a byline with no "By": the name, the date and the comment count
        "Ann Roe \u2013 Mar 4, 2027 6:10 pm | 12",
        # the town, a dot, the day and the date
        "Valleytown \u25cf Thu, March 4, 2027",
        # an audio player's voice, and the programme a radio story was heard on
        "Voiced by Polly Speech",
        "Heard on Evening Harbor Report",
        # the page's buttons
        "Copy Link URL Copied!",
        "Very large text size",
        "Manage or reject cookies",
        # an account's offer, and the search engine's prompt with its logo lost
        "Create your free account or sign in to save this story",
        "Get more news on",
    ],
)
def test_stamps_player_labels_and_page_buttons_are_chrome(line: str) -> None:
    _assert_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council voted 7-2 on Tuesday, November 18, 2025.",
        "Heard on the radio, the warning came too late for the town.",
        "Get more news on the strike from the union, its leader said on Monday.",
        "More news from the harbor shows the strike is spreading.",
        "Subscribers can save articles to read later, the company said.",
    ],
)
def test_sentences_like_stamps_and_buttons_stay_text(line: str) -> None:
    ex = extract(f"Some Headline About The Budget Vote\n\n{line}")
    assert ex.sentences[-1].kind == "body"
    assert ex.claims


def test_caption_button_under_a_credit_is_not_joined_to_it() -> None:
    # the credit ends on a word, and "hide caption" starts low: it was taken for the rest of
    # the credit's sentence, and the whole became a claim
    text = (
        "Council Approves Budget After Long Night\n\n"
        "The new bridge spans the river at Valleytown. Ann Roe for Valley Radio\n"
        "hide caption\n"
        "toggle caption\n"
        "Ann Roe for Valley Radio\n\n"
        f"{_BODY}"
    )
    ex = extract(text)
    kinds = {s.text: s.kind for s in ex.sentences}
    assert kinds["hide caption"] == "boilerplate"
    assert not [c.text for c in ex.claims if "caption" in c.text]
    assert _BODY[:-1] in [c.text for c in ex.claims]


def test_links_under_more_stories_from_the_site_are_chrome() -> None:
    body = " ".join([_BODY] * 3)
    text = (
        f"Council Approves Budget After Long Night\n\n{body}\n\n"
        "More Stories From Valley Radio\n"
        "Politics\n"
        "Why flood maps are so hard to update\n"
        "Environment\n"
        "How a river town is fighting a plan for a new dam\n"
        "Facebook\n"
        "Email\n"
    )
    texts = [c.text for c in extract(text).claims]
    assert texts
    assert not any(w in t for t in texts for w in ("flood", "river", "Stories")), texts


def _assert_body_line(line: str) -> None:
    """``line`` between two paragraphs of a story stays the story's: every sentence is body."""
    text = (
        f"Council Approves Budget After Long Night\n\n{_BODY}\n\n{line}\n\n"
        "The mayor said the vote was close."
    )
    kinds = {s.kind for s in extract(text).sentences if s.text in line}
    assert kinds == {"body"}, kinds


@pytest.mark.parametrize(
    ("chrome", "story"),
    [
        # a daily's print-edition note at the story's foot
        (
            "Published in The Harbor Courier, March 4th, 2027",
            "Published in The Lancet on Monday, the study found that rents rose, its authors said.",
        ),
        # a player's running time alone
        ("(3 min)", "The hearing lasted 3 minutes before the judge adjourned it, the clerk said."),
        # the writer's address, named
        (
            "Write to Ann Roe at ann.roe@valley.example",
            "Write to your council member, the union told its members on Monday.",
        ),
        # the writer's handle
        ("Follow him @tomhale.", "Fans follow him everywhere he plays, his coach said."),
        # a byline with a colon after "By", the role and the handle after it
        (
            "By: Tom Hale - Correspondent / @tomhaleVN",
            "By Monday, the council had approved the plan, the mayor said.",
        ),
        # a byline in capitals, the address in brackets
        (
            "BY ANN ROE [ann.roe@valley.example]",
            "By the end of the year, prices rose by a fifth, the bank said.",
        ),
        # the site's contact note
        (
            "For corrections, comments or questions, email us.",
            "For questions about the levy, residents should call the council, the mayor said.",
        ),
        # a date line, a comma after the month and the clock after a dash
        (
            "Thu, 4 Mar, 2027 - 18:05",
            "On 4 March 2027 - at 18:05 - the dam gave way, the police said.",
        ),
        # the share button's label and the story's address
        (
            "Copy URL https://valley.example/news/harbor-strike-ends-after-three-weeks",
            "Copy the address into a browser to see the map, the agency said.",
        ),
        # a sponsor's slot, a donation box's heading
        (
            "Support Provided By: Learn more",
            "Support for the bill is provided by both parties, the speaker said.",
        ),
        (
            "Support Local, Nonprofit Journalism",
            "Support grew for local news outlets in the valley, a survey found.",
        ),
    ],
)
def test_print_notes_contacts_bylines_and_sponsor_slots_are_chrome(chrome: str, story: str) -> None:
    _assert_chrome_line(chrome)
    _assert_body_line(story)


@pytest.mark.parametrize(
    ("chrome", "story"),
    [
        # a follow prompt naming the networks, with what the reader gets
        (
            "Follow Harbor Money on X, LinkedIn and Facebook for insights on trade and shipping "
            "from the valley and beyond.",
            "Follow-up talks on the harbor deal are planned for May, the ministry said.",
        ),
        # who wrote the story from whose reporting
        (
            "Written by Tom Hale based on reporting by Valley Radio\u2019s Harbor Desk and Valley "
            "Radio\u2019s Farm Desk",
            "Written by hand, the letter was found in the archive, the museum said.",
        ),
        # the writers' addresses and handles at the story's foot
        (
            "Ann Roe can be reached at ann.roe@valley.example. Follow her @annroe. Tom Hale can be "
            "reached at tom.hale@valley.example.",
            "The hotline can be reached at 0800 123 456, the council said.",
        ),
        # the comment box's notices
        (
            "Disclaimer: Reader comments do not reflect the views of Valley News. We reserve the "
            "right to remove comments that are off-topic.",
            "Disclaimers on the packets were too small to read, the regulator said.",
        ),
        (
            "We reserve the right to delete comments which break our house rules.",
            "We reserve the right to appeal the ruling, the company said on Monday.",
        ),
        # a republication note after the copyright
        (
            "Copyright (c) 2027. Valley Radio, Inc. Used with the permission of Valley Radio, 12 "
            "Harbor Road, Valleytown 40012.",
            "The photo was used with permission of the family, the paper said.",
        ),
    ],
)
def test_follow_prompts_credits_and_comment_notices_are_chrome(chrome: str, story: str) -> None:
    _assert_chrome_line(chrome)
    _assert_body_line(story)


def test_short_question_on_its_own_line_is_a_subhead() -> None:
    text = (
        "Council Approves Budget After Long Night\n\n"
        f"{_BODY}\n\n"
        "How much snow fell?\n\n"
        "Up to a meter of snow fell on the pass overnight, the weather service said.\n\n"
        "What should drivers do?\n\n"
        "The police said drivers should stay off the pass until Friday."
    )
    ex = extract(text)
    kinds = {s.text: s.kind for s in ex.sentences}
    assert kinds["How much snow fell?"] == "boilerplate"
    assert kinds["What should drivers do?"] == "boilerplate"
    assert not any("?" in c.text or c.text == "snow fell" for c in ex.claims)
    assert "drivers should stay off the pass until Friday" in [c.text for c in ex.claims]


@pytest.mark.parametrize(
    ("question", "after"),
    [
        # a question naming someone: "he" in the next paragraph may be that person
        ("Was Hale satisfied with the answer?", "He said the plan went too far."),
        # a question a quote answers
        ("Was the mayor satisfied?", "\u201cNot quite,\u201d he said."),
        # a quoted question, and an interviewer's
        ("\u201cWhy now?\u201d she asked.", "The mayor said the timing was a coincidence."),
        ("Q: What comes next?", "The mayor said the council would vote again in May."),
        # a long question is the writer's
        (
            "Why would a town that voted twice against the plan now back it without a debate?",
            "The mayor said the vote was close.",
        ),
    ],
)
def test_questions_in_the_story_stay_body(question: str, after: str) -> None:
    text = f"Council Approves Budget After Long Night\n\n{_BODY}\n\n{question}\n\n{after}"
    kinds = {s.kind for s in extract(text).sentences if s.text in question}
    assert kinds == {"body"}


def test_question_in_a_block_of_lines_stays_body() -> None:
    # no blank lines around it: a list's line, not a subhead
    text = (
        "Council Approves Budget After Long Night\n\n"
        f"{_BODY}\n\n"
        "The mayor said the council had three questions.\n"
        "Who pays for the road?\n"
        "The treasurer said the state would pay half."
    )
    kinds = {s.text: s.kind for s in extract(text).sentences}
    assert kinds["Who pays for the road?"] == "body"


def test_appeals_and_links_in_a_block_of_chrome_lines_are_chrome() -> None:
    # a story paragraph after each box: the page's footer has not begun
    body = " ".join([_BODY] * 3)
    text = (
        f"Council Approves Budget After Long Night\n\n{body}\n\n"
        # a newsletter box: its heading speaks to the reader, chrome lines under it
        "Get Alerts on Stories You Follow\n"
        "Sign up for the Morning Brief\n"
        "Get the latest news and updates straight to your inbox\n\n"
        f"{body}\n\n"
        # a donation box: the plea between its heading and its button
        "Support Local, Nonprofit Journalism\n"
        "We are still here. Stand up for news you can trust!\n"
        "Donate now\n\n"
        f"{body}\n\n"
        # a strip of links: a headline between two chrome lines
        "Harbor Strike Latest\n"
        "Valley Radio's Live Blog On The Harbor Strike\n"
        "Most Popular\n\n"
        f"{body}\n\n"
        # a newsletter's name over its button
        "Valley News in English newsletter\n"
        "Subscribe\n\n"
        "The mayor said the vote was close, and the treasurer said the state would pay half."
    )
    ex = extract(text)
    for s in ex.sentences:
        if any(w in s.text for w in ("Alerts", "still here", "trust", "Live Blog", "English")):
            assert s.kind == "boilerplate", s.text
    texts = [c.text for c in ex.claims]
    assert texts[-2:] == ["the vote was close", "the state would pay half"]


def test_story_lines_next_to_a_chrome_line_stay_body() -> None:
    body = " ".join([_BODY] * 3)
    text = (
        f"Council Approves Budget After Long Night\n\n{body}\n\n"
        # a quote that speaks of "we", between two chrome lines
        "Advertisement\n"
        "\u201cWe will rebuild the harbor,\u201d the mayor said.\n"
        "Advertisement\n\n"
        # "we" in a line with one chrome line by it
        "The mayor said we must rebuild the harbor by May.\n"
        "Advertisement\n\n"
        f"{body}"
    )
    kinds = {s.text: s.kind for s in extract(text).sentences}
    assert kinds["\u201cWe will rebuild the harbor,\u201d the mayor said."] == "body"
    assert kinds["The mayor said we must rebuild the harbor by May."] == "body"


def test_donation_plea_between_its_heading_and_button_is_chrome() -> None:
    text = (
        "Council Approves Budget After Long Night\n\n"
        f"{' '.join([_BODY] * 3)}\n\n"
        "Donate to Valley News\n"
        "Since 2024, Valley News has been labelled a \u2018foreign agent\u2019. Anyone who gives "
        "to us risks a fine. We need your help to keep reporting.\n"
        "Support Valley News\n"
    )
    ex = extract(text)
    assert not any("fine" in c.text or "help" in c.text for c in ex.claims)
    assert {s.kind for s in ex.sentences if "Valley News" in s.text} == {"boilerplate"}
    # the same plea with a blank line between it and the box's lines is the story's
    spaced = text.replace("Donate to Valley News\n", "Donate to Valley News\n\n").replace(
        "reporting.\n", "reporting.\n\n"
    )
    kinds = {s.kind for s in extract(spaced).sentences if "risks a fine" in s.text}
    assert kinds == {"body"}


def test_desk_funding_note_at_the_foot_is_chrome_but_not_in_the_story() -> None:
    text = (
        "Council Approves Budget After Long Night\n\n"
        f"{_BODY}\n\n"
        "The research team receives support from the Harbor Foundation, the university said.\n\n"
        "The mayor said the vote was close.\n\n"
        "The Valley Wire Science Desk receives support from the Harbor Foundation. The Valley "
        "Wire is solely responsible for all content.\n\n"
        "Support Provided By: Learn more\n"
    )
    kinds = {s.text: s.kind for s in extract(text).sentences}
    assert (
        kinds["The research team receives support from the Harbor Foundation, the university said."]
        == "body"
    )
    assert (
        kinds["The Valley Wire Science Desk receives support from the Harbor Foundation."]
        == "boilerplate"
    )
    assert kinds["The Valley Wire is solely responsible for all content."] == "boilerplate"


def _kinds(text: str) -> dict[str, str]:
    return {s.text: s.kind for s in extract(text).sentences}


@pytest.mark.parametrize(
    "line",
    [
        # a comment box's policy, the notice on who may comment after it
        "Valley Post welcomes lively debate and a range of opinions. The comments on this story "
        "are only open to Valley Post members.",
        # a donation appeal naming the outlet and what its journalism is
        "Support HARBOR LEDGER's reporting of courage and independence",
        # a donation box's heading
        "Good journalism isn\u2019t cheap",
        # the date line with the print edition's page after it
        "Mon, Mar 4, 2027 page3",
        "4 March 2027, p. 7",
        # the text-size buttons
        "Text size: A A A",
        "Font size A- A A+",
        # a link to the site's own offers
        "Get our Free Field Guides",
        # the site's terms for reuse
        "All content on this website may be reproduced only with a link to valley.example.",
        "Materials may be reprinted only with an active hyperlink to the source.",
        # a category list after its label and a slash
        "Topics / Courts, Farming, Local Government, Water Quality",
        # an inline link in brackets
        "[See related: Harbor dredging plan stalls again after second court ruling]",
        # the writer's other stories
        "More stories by this writer",
        "More by Ann Roe",
        # the byline's label and the deed, the names after it; a date, the clock after "//"
        "Article published by Ann Roe",
        "Wed 4 Mar 2027 // 18:05 UTC",
    ],
)
def test_generic_page_chrome_lines(line: str) -> None:
    _assert_chrome_line(line)


@pytest.mark.parametrize(
    "sentence",
    [
        "The comments on the draft law are open to the public until May, the ministry said.",
        "Support for the Valley Post's reporting of the flood grew after the vote.",
        "\u201cGood journalism isn\u2019t cheap,\u201d the publisher told the board.",
        "The notice ran on page 3 of the March 4 edition.",
        "The font size of the ballot confused many older voters.",
        "Get our reporters out of jail, the editor urged the minister.",
        "The materials may be used only with the court's consent, the judge said.",
        "Topics on the agenda include courts, farming and water.",
        "See the related filing: the firm lost 3 million dollars.",
        "More by luck than design, the old harbor wall held.",
        "An article published by Ann Roe in 2019 sparked the inquiry.",
    ],
)
def test_sentences_like_page_chrome_stay_body(sentence: str) -> None:
    text = f"Council Approves Budget After Long Night\n\n{_BODY}\n\n{sentence}\n\n{_BODY}"
    assert _kinds(text)[sentence] == "body"


_LONG = (
    "The harbor board said on Tuesday that the repairs to the north wall would cost more "
    "than twice the first estimate."
)


def test_short_subhead_between_paragraphs_is_chrome() -> None:
    text = (
        f"Council Approves Budget After Long Night\n\n{_BODY}\n\n{_LONG}\n\n"
        "Farmers weigh the damage\n\n"
        f"{_LONG}\n\n"
        "A Town Under Water Again\n\n"
        f"{_LONG}"
    )
    kinds = _kinds(text)
    assert kinds["Farmers weigh the damage"] == "boilerplate"
    assert kinds["A Town Under Water Again"] == "boilerplate"
    assert kinds["Council Approves Budget After Long Night"] == "headline"


@pytest.mark.parametrize(
    "line",
    [
        # a sentence of its own, a quote, one that stops mid-sentence, a long line
        "Farmers weighed the damage.",
        "\u201cWe are not leaving this town\u201d",
        "The mayor said the farmers and",
        "Farmers across the valley weigh the damage from the second flood in a month",
    ],
)
def test_one_line_paragraphs_that_are_no_subhead_stay_body(line: str) -> None:
    text = f"Council Approves Budget After Long Night\n\n{_LONG}\n\n{line}\n\n{_LONG}"
    kinds = {s.text: s.kind for s in extract(text).sentences if s.text in line}
    assert set(kinds.values()) == {"body"}


_MENU = "Home\nWorld\nBusiness\nHarbor Life\nOpinion\nSport\nTop Stories\n"


def test_slogan_over_the_menu_is_chrome_and_the_title_is_the_headline() -> None:
    # the menu's last item is a list heading ("Top Stories"): taken for the page's title, the
    # slogan made the title under the menu a link
    text = (
        "Valley Ledger\n"
        "Straight talk from the river towns\n\n"
        f"{_MENU}\n"
        "Harbor firm cleared protected wetland, groups say\n\n"
        "Ann Roe\nWed 4 Mar 2027 // 18:05 UTC\n\n"
        f"{_LONG}"
    )
    ex = extract(text)
    kinds = {s.text: s.kind for s in ex.sentences}
    assert kinds["Straight talk from the river towns"] == "boilerplate"
    assert kinds["Harbor firm cleared protected wetland, groups say"] == "headline"
    assert ex.title == "Harbor firm cleared protected wetland, groups say"


def test_title_over_byline_lines_stays_the_headline() -> None:
    # a title over its byline's short lines, then the story: no slogan
    text = (
        "Valley Ledger\n"
        "Harbor firm cleared protected wetland, groups say\n\n"
        "Ann Roe\nReporter\nShare\nSave\nPrint\n\n"
        f"{_LONG}\n\n{_BODY}"
    )
    assert extract(text).title == "Harbor firm cleared protected wetland, groups say"
    # a title over a menu with no title under it keeps its place
    text = f"Valley Ledger\nHarbor firm cleared protected wetland, groups say\n\n{_MENU}\n{_LONG}"
    assert extract(text).title == "Harbor firm cleared protected wetland, groups say"


def test_title_and_byline_in_small_letters_are_not_joined() -> None:
    text = (
        f"Harbor firm cleared protected wetland, groups say\nby Ann Roe on 4 March 2027\n\n{_LONG}"
    )
    ex = extract(text)
    assert ex.title == "Harbor firm cleared protected wetland, groups say"
    assert _kinds(text)["by Ann Roe on 4 March 2027"] == "boilerplate"
    # a sentence broken before "by" is joined
    text = (
        "Harbor Study Finds Wall Is Failing\n\n"
        "The study, which took three years to finish, was written in full\n"
        "by researchers at the university.\n"
    )
    assert any("by researchers" in c.text for c in extract(text).claims)


def test_menu_item_with_an_exclamation_mark_is_chrome() -> None:
    text = (
        "Valley Ledger\nHome\nMarkets\nDeal Alerts!\nStocks News\nExpert Views\n\n"
        "Harbor Shares Slump After Regulator Bars Founders\n\n"
        f"{_LONG}\n\n\u201cWe will win!\u201d\n\n{_BODY}"
    )
    ex = extract(text)
    kinds = {s.text: s.kind for s in ex.sentences}
    assert kinds["Deal Alerts!"] == "boilerplate"
    assert ex.title == "Harbor Shares Slump After Regulator Bars Founders"
    assert kinds["\u201cWe will win!\u201d"] == "body"


def test_tag_list_after_the_story_is_chrome_but_not_a_title() -> None:
    tags = "Farming, Flood Defences, Local government, Rivers, Water Quality"
    text = f"Council Approves Budget After Long Night\n\n{_LONG}\n\n{tags}\n\nPrint\n"
    assert _kinds(text)[tags] == "boilerplate"
    # a title of short clauses stays the title; a list in a sentence stays the story's
    title = "Stocks Fall, Oil Rises, Gold Slips, Dollar Gains"
    sentence = "Kenya, Uganda, Rwanda and Burundi signed the deal."
    kinds = _kinds(f"{title}\n\n{_LONG}\n\n{sentence}\n\n{_BODY}")
    assert kinds[title] == "headline"
    assert kinds[sentence] == "body"


def test_credit_in_capitals_under_a_caption_is_chrome() -> None:
    text = (
        "Council Approves Budget After Long Night\n\n"
        "Floodwaters cover the harbor road on Thursday afternoon.\n"
        "HANDOUT/VALLEY REGIONAL FIRE SERVICE\n\n"
        f"{_LONG}\n\nAC/DC played to a full harbor stadium on Friday.\n"
    )
    kinds = _kinds(text)
    assert kinds["HANDOUT/VALLEY REGIONAL FIRE SERVICE"] == "boilerplate"
    assert kinds["AC/DC played to a full harbor stadium on Friday."] == "body"
    # a title in capitals with a slash stays the title
    assert extract(f"US/CHINA TRADE TALKS RESUME IN OSLO\n\n{_LONG}").title == (
        "US/CHINA TRADE TALKS RESUME IN OSLO"
    )


@pytest.mark.parametrize(
    "line",
    [
        # the site's name, a comma, the date
        "Valley Courier , Tuesday 3 Mar 2027",
        # a topic list in a newsletter box, and the box's tagline
        "Topics covered: Harbors, shipping, ports, freight and more",
        "The free newsletter covering the week\u2019s harbor news",
        # a prompt to follow the site on a news reader
        "Follow the Valley Courier on Google News",
        # the stamp's label in the present tense, a colon after it
        "Publish : 4 Mar 2027, 10:15 AM",
        "Update : 4 Mar 2027, 06:40 PM",
        # the date glued to a reading-time widget's icon name
        "Thu., Mar. 4, 2027timer5 min. read",
        # the clock, a comma, the date
        "6.05pm, 4 Mar 2027",
    ],
)
def test_dates_stamps_and_newsletter_lines_are_chrome(line: str) -> None:
    _assert_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Kenya, March 4, 2027, was a turning point, the minister said.",
        "The free newsletter, launched in May, now has 40,000 readers.",
        "Follow the money on Google News, the auditor told the council.",
        "Update: the council has voted to delay the budget.",
        "Publish dates were set for 4 Mar 2027, the firm said.",
        "At 6.05pm, 4 March 2027, the dam broke, police said.",
        "Topics covered by the inquiry include freight and ports.",
    ],
)
def test_sentences_shaped_like_dates_stamps_and_newsletter_lines_are_kept(line: str) -> None:
    ex = extract(f"Some Headline About The Budget Vote\n\n{line}")
    assert ex.sentences[-1].kind == "body"
    assert ex.claims


@pytest.mark.parametrize(
    "heading", ["Recommended Reading", "Editors\u2019 picks", "Editor's Picks"]
)
def test_links_under_recommended_reading_and_editors_picks_are_chrome(heading: str) -> None:
    text = (
        f"Council Approves Budget After Long Night\n\n{_BODY}\n\n{heading}\n"
        "Harbor ferry fares to rise next spring\n"
        "Why the old mill never reopened\n"
    )
    assert [c.text for c in extract(text).claims] == [
        "Council Approves Budget After Long Night",
        _BODY[:-1],
    ]
    # a sentence under the heading is the story's
    text = (
        f"Council Approves Budget After Long Night\n\n{_BODY}\n\n"
        f"{heading}\n\nThe mayor said the vote was close.\n"
    )
    assert _kinds(text)["The mayor said the vote was close."] == "body"


def test_subhead_under_an_ad_slot_is_chrome() -> None:
    text = (
        f"Council Approves Budget After Long Night\n\n{_BODY}\n\n{_LONG}\n\n"
        "Advertisement\n\nResidents count the cost\n\n"
        f"{_LONG}\n\nADVERTISEMENT\nStory continues below\n\nA Town Under Water Again\n\n{_LONG}"
    )
    kinds = _kinds(text)
    assert kinds["Residents count the cost"] == "boilerplate"
    assert kinds["A Town Under Water Again"] == "boilerplate"


@pytest.mark.parametrize(
    "line",
    [
        "\u201cWe are not leaving this town\u201d",
        "Nobody came.",
        "The mayor said the farmers and",
    ],
)
def test_one_line_paragraphs_under_an_ad_slot_that_are_no_subhead_stay_body(line: str) -> None:
    text = f"Council Approves Budget After Long Night\n\n{_LONG}\n\nAdvertisement\n\n{line}\n\n"
    text += _LONG
    kinds = {s.text: s.kind for s in extract(text).sentences if s.text in line}
    assert set(kinds.values()) == {"body"}


def test_site_name_over_its_menu_is_not_the_headline() -> None:
    text = (
        "Valley Wire from Harbor Media\nWorld\nPolitics\nCourts\nScience\nPodcast\n"
        "Subscribe to Valley Wire\n\nAnn Roe\nMarch 4, 2027\n\n"
        f"Harbor authority says hackers stole its billing records\n\n{_LONG}\n\n{_BODY}"
    )
    ex = extract(text)
    assert ex.title == "Harbor authority says hackers stole its billing records"
    assert _kinds(text)["Valley Wire from Harbor Media"] == "boilerplate"


@pytest.mark.parametrize("item", ["Notes from the Quay", "Valley News en espa\u00f1ol"])
def test_menu_item_of_four_words_is_not_the_headline(item: str) -> None:
    text = (
        f"Skip to content\nValley Courier\nWorld\nSport\nOpinion\nBusiness\n{item}\nSearch\n\n"
        "Harbor\n\nHarbor pilot among four charged in port fuel theft case\n\n"
        f"The fee will rise in July, but advocates say it is not enough.\n\n{_LONG}"
    )
    ex = extract(text)
    assert ex.title == "Harbor pilot among four charged in port fuel theft case"
    assert _kinds(text)[item] == "boilerplate"


@pytest.mark.parametrize(
    "text",
    [
        # a title on the page's top line, over a menu, the story after it
        f"Mayor quits over budget row\nHome\nWorld\nSport\nOpinion\nBusiness\n\n{_LONG}\n\n{_BODY}",
        # a short title in the menu's block, over its byline's lines, the story after them
        f"Valley Ledger\nHome\nNews\nWorld\nMayor Quits Over Budget\nAnn Roe\nReporter\n\n{_LONG}",
        # … a standfirst after the byline or the date
        "Valley Ledger\nHome\nNews\nWorld\nMayor Quits Over Budget\nBy Ann Roe\n\n"
        f"A long row over the harbor budget ends his six years in office\n\n{_LONG}",
        "Valley Ledger\nHome\nNews\nWorld\nMayor Quits Over Budget\nMarch 4, 2027\n\n"
        f"A long row over the harbor budget ends his six years in office\n\n{_LONG}",
    ],
)
def test_title_in_or_over_the_menu_keeps_its_place(text: str) -> None:
    assert extract(text).title in ("Mayor quits over budget row", "Mayor Quits Over Budget")


_COURIER = (
    "Valley Courier\nHome\nWorld\nSport\n\nHarbor wall repairs to cost twice the first estimate\n\n"
)


def test_lines_that_name_the_site_after_a_person_or_a_plea_are_chrome() -> None:
    text = (
        f"{_COURIER}Workers repair the harbor wall on Monday.\nAnn Roe for Valley Courier\n\n"
        f"{_LONG}\n\nWorkers on the quay in March.\nTom Hale Valley Courier\n\n{_BODY}\n\n"
        "Support Valley Courier\n"
    )
    kinds = _kinds(text)
    assert kinds["Ann Roe for Valley Courier"] == "boilerplate"
    assert kinds["Tom Hale Valley Courier"] == "boilerplate"
    assert kinds["Support Valley Courier"] == "boilerplate"
    assert kinds["Workers repair the harbor wall on Monday."] == "body"


def test_lines_that_name_the_site_in_a_sentence_or_name_no_site_are_kept() -> None:
    lines = [
        "Valley Courier spoke to 11 harbor workers.",
        "Ann Roe for Mayor",
        "Support Grows for Harbor Plan",
    ]
    text = _COURIER + "\n\n".join([_LONG, *lines, _BODY])
    kinds = _kinds(text)
    assert [kinds[line] for line in lines] == ["body"] * 3


@pytest.mark.parametrize(
    "line",
    [
        # the stamp glued before the byline, the role at the outlet and the town after dashes
        "Published on 04/03/2027 - 09:12 By Ann Roe Silva - Reporter at Valley News - Harbortown",
        "Updated on 12.05.2026 - 18:40 By Tom Hale - Correspondent at The Harbor Wire",
        "By Lena Ek - Editor at Valley Radio - Northport",
        # the translator's and the editor's credits chained by a dash or a bar
        "Translated by Lena Ek - Edited by Tom Hale",
        "Translated by Ana Ruiz | Edited by Ben Ode and Kim Lee",
        # a reading-time widget, "to" in it, the stamp after it
        "3 min read Last Updated : Mar 04 2027 | 10:15 AM IST",
        "7 mins to read",
        "12 minutes to read",
        # the outlet as the byline, the date after a space
        "By Valley Courier 4 March 2027",
        "By The Harbor Ledger 12 January 2026",
        # the writer "for" the outlet and its language service
        "By Ann Roe for VRN Harbor",
        "By Tom Hale for The Valley Post",
    ],
)
def test_glued_stamps_bylines_credits_and_reading_times_are_chrome(line: str) -> None:
    _assert_chrome_line(line)
    # … and in the byline's place, under the title
    ex = extract(f"Council Approves Budget After Long Night\n\n{line}\n\n{_BODY}")
    assert [s.kind for s in ex.sentences if s.text in line] == ["boilerplate"]
    assert [c.text for c in ex.claims] == ["Council Approves Budget After Long Night", _BODY[:-1]]


@pytest.mark.parametrize(
    "sentence",
    [
        "By 2030 the plant will employ 400 people.",
        "Translated into English, the law bans the sale of river sand.",
        "It takes five minutes to read the meter.",
        "It takes 5 minutes to read the meter, the utility said.",
        "By Friday for the third time, the council had delayed the vote.",
        "By Monday - Tuesday at the latest - the council must vote on the budget.",
        "Edited by Ann Roe, the book sold 4,000 copies in May.",
        "By Ann Roe's count, 40 homes flooded for the second time.",
    ],
)
def test_sentences_like_glued_bylines_and_reading_times_stay_body(sentence: str) -> None:
    text = f"Council Approves Budget After Long Night\n\n{_BODY}\n\n{sentence}\n\n{_BODY}"
    assert _kinds(text)[sentence] == "body"


@pytest.mark.parametrize(
    "line",
    [
        "Valley Post uses cookies to improve your experience. By continuing, you agree to it.",
        "Please select at least one mailing list.",
        "Read a summary of this article on QUICK.",
        "Enjoy more audio and podcasts on iOS or Android.",
        "Click the bell icon to follow topics:",
        "Watch Valley Post's coverage of the harbor strike on our YouTube channel.",
        "By contributing to VALLEY POST, you are helping to keep our reporting free for all.",
        "The material on this site may not be reproduced without the written permission of "
        "Harbor Media.",
        "Every weekday, receive a selection of Valley Post's best stories in English.",
        "Published by Valley Post, harbor business news - valleypost.example - on March 4, 2027.",
        "Comments will be moderated. Final decision will be at the discretion of Valley Post.",
        "Valley Post does not append comment threads to stories from wire services such as AP.",
        "Get the full picture with Valley Post PRO: daily briefings and exclusive analysis.",
        "Reporter : Ann Roe-Hale",
    ],
)
def test_notices_to_the_reader_are_chrome(line: str) -> None:
    _assert_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The port uses cookies to track visitors, the audit found.",
        "Every weekday, dockers get a safety briefing, the union said.",
        "Comments will be reviewed by the board in May, the mayor said.",
        "By contributing to the fund, you help the harbor, the mayor said.",
    ],
)
def test_sentences_like_notices_to_the_reader_stay_body(line: str) -> None:
    ex = extract(f"Some Headline About The Budget Vote\n\n{line}")
    assert ex.sentences[-1].kind == "body"


def test_notes_about_the_outlet_at_the_foot_are_chrome() -> None:
    text = (
        f"Council Approves Budget After Long Night\n\n{_BODY}\n\n"
        "The mayor said the vote was close.\n\n"
        "Disclosure: Harbor University has been a financial supporter of Valley Post, a "
        "nonprofit newsroom. Financial supporters play no role in its journalism.\n\n"
        "Learn about Valley Post\u2019s policies, including our corrections policy.\n\n"
        "Valley Post is a non-profit, independent digital magazine exploring the harbor "
        "and its people.\n\u00a9 2027 Valley Post. All rights reserved.\n\n"
        "Local Reporting Desk is public interest journalism funded through the Harbor Fund."
    )
    assert [c.text for c in extract(text).claims] == [
        "Council Approves Budget After Long Night",
        _BODY[:-1],
        "the vote was close",
    ]


def test_broadcast_sign_off_of_the_bylined_reporter_is_chrome() -> None:
    text = (
        "Exports Hit A Record In May\nReporter : Ann Roe\n\n"
        "Exports rose 32 percent in May, the ministry said.\nAnn Roe reports.\n\n"
        "Chip sales led the rise.\n\nAnn Roe, Valley News.\n\nTom Hale reports."
    )
    kinds = _kinds(text)
    assert kinds["Ann Roe reports."] == "boilerplate"
    assert kinds["Ann Roe, Valley News."] == "boilerplate"
    assert kinds["Reporter : Ann Roe"] == "boilerplate"
    # a man the byline does not name is news
    assert kinds["Tom Hale reports."] == "body"


@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [
        (
            "People queue at a clinic in Fairhaven on Feb. 11, 2027. Photo by Ann Roe for "
            "Valley Post",
            "People queue at a clinic in Fairhaven on Feb. 11, 2027",
            "Valley Post",
        ),
        (
            "Firemen evacuate residents by boat on March 3, 2027. \u2014 Picture courtesy of "
            "Harbor Fire and Rescue Department",
            "Firemen evacuate residents by boat on March 3, 2027",
            "Harbor Fire and Rescue Department",
        ),
        (
            "Trawlers at anchor in Berkeley Sound ahead of the season (Pic: Harbor News)",
            "Trawlers at anchor in Berkeley Sound ahead of the season",
            "Harbor News",
        ),
        (
            "The District Court in Fairhaven. File photo: HVP.",
            "The District Court in Fairhaven",
            "HVP",
        ),
        (
            "Crews replace a water main on Front Street in October. (Ann Roe/Valley Beat/2027)",
            "Crews replace a water main on Front Street in October",
            "Valley Beat",
        ),
    ],
)
def test_caption_credit_after_the_caption_without_brackets_or_with_a_year(
    caption: str, text: str, credit: str
) -> None:
    ex = extract(
        f"Harbor Clinic Reopens After Flood\n\n{caption}\n\nThe clinic reopened on Monday."
    )
    assert ex.sentences[1].kind == "caption"
    cap = next(c for c in ex.claims if c.sentence_index == 1)
    assert cap.text == text
    assert [h.name for h in cap.chain] == [credit]


@pytest.mark.parametrize("heading", ["Go deeper into Valley Post's coverage", "Read this next:"])
def test_headings_over_links_after_the_story_are_chrome(heading: str) -> None:
    text = (
        f"Council Approves Budget After Long Night\n\n{_BODY}\n\n{heading}\n"
        "Harbor Families Are Moving Home. Many Say The Costs Keep Coming.\n"
        "What the ferry ruling means for island residents\n\n"
        "Brief\nDockers strike over pay at the northern terminal"
    )
    assert [c.text for c in extract(text).claims] == [
        "Council Approves Budget After Long Night",
        _BODY[:-1],
    ]


def test_site_tagline_and_menu_link_over_the_title_are_chrome() -> None:
    text = (
        "Harbor Free Press HFP\nHarbor news & opinion\n\nSupport HFP\nCode of Ethics\n"
        "Error/typo?\nContact Us\n\nLaw & Crime\n\n"
        "Harbor man who skipped bail jailed for 14 months, judge says court was misled\n\n"
        "by Ann Roe\n14:20, 3 March 2027\n\n"
        f"{_BODY}"
    )
    kinds = _kinds(text)
    assert kinds["Harbor news & opinion"] == "boilerplate"
    assert kinds["Error/typo?"] == "boilerplate"
    assert (
        kinds["Harbor man who skipped bail jailed for 14 months, judge says court was misled"]
        == "headline"
    )


def test_author_note_under_the_name_line_and_appeals_at_the_foot_are_chrome() -> None:
    text = (
        f"Council Approves Budget After Long Night\n\n{_BODY}\n\n"
        "The mayor said the vote was close.\n\n"
        "Ann Roe\nis a reporter for Valley News based in Oslo, covering courts. She previously "
        "worked for a business daily.\n\n"
        "Before you go . . .\n\n"
        "Valley Beat is a nonprofit newsroom. Our journalism is free for everyone to read, and "
        "we depend on readers like you to keep it that way. Make a gift today.\n\n"
        "We want to hear from you\n\n"
        "Valley's online news has been prepared using the services of Valley, BNS and other news "
        "agencies."
    )
    assert [c.text for c in extract(text).claims] == [
        "Council Approves Budget After Long Night",
        _BODY[:-1],
        "the vote was close",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Publication date 19 February 2027 | 08:35 ICT",
        "Related news: Harbor board ready to absorb farmers' grain during harvest",
    ],
)
def test_publication_date_and_related_news_lines_are_chrome(line: str) -> None:
    _assert_chrome_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "(Japanese original by Ann Roe, Harbor Bureau)",
        "Follow Valley Times on WhatsApp Channel for the latest news",
        "Please log in to leave a comment.",
        "Please keep comments civil, constructive and on topic.",
        "To revisit this article, visit My Profile, then View saved stories.",
        "\u00a9 2027 Harbor Media. All rights reserved. Valley may earn a portion of sales from "
        "products that are purchased through our site.",
        "\u00a9 2027 Valley Radio. All rights reserved. Use of Valley.example content is "
        "permitted only with the written consent of Valley Radio.",
    ],
)
def test_more_notices_to_the_reader_are_chrome(line: str) -> None:
    _assert_chrome_line(line)


@pytest.mark.parametrize(
    ("caption", "text"),
    [
        (
            "Valley soldiers during an exercise near Riga / J. Roe/VRT",
            "Valley soldiers during an exercise near Riga",
        ),
        (
            "A worker shops at a supermarket in Riyadh. \u2014 Courtesy photo",
            "A worker shops at a supermarket in Riyadh",
        ),
    ],
)
def test_caption_credit_after_a_slash_or_a_dash_is_cut(caption: str, text: str) -> None:
    ex = extract(
        f"Harbor Clinic Reopens After Flood\n\n{caption}\n\nThe clinic reopened on Monday."
    )
    assert ex.sentences[1].kind == "caption"
    assert [c.text for c in ex.claims if c.sentence_index == 1] == [text]


def test_author_note_naming_the_outlet_and_a_plea_after_it_are_chrome() -> None:
    text = (
        "Council Approves Budget After Long Night\n\nBy Ann Roe\n\n"
        f"{_BODY}\n\nThe mayor said the vote was close.\n\n"
        "Ann Roe is the Valley & Harbor Post\u2019s transport reporter, based in Oslo.\n\n"
        "Valley Post is a non-profit. If you value independent journalism, please consider a "
        "donation\nDonate now"
    )
    assert [c.text for c in extract(text).claims] == [
        "Council Approves Budget After Long Night",
        _BODY[:-1],
        "the vote was close",
    ]


def test_follow_on_a_platform_inside_a_quote_stays_text() -> None:
    ex = extract("Some Headline About The Budget Vote\n\nFollow the money on X, the auditor said.")
    assert ex.sentences[-1].kind == "body"


@pytest.mark.parametrize(
    "line",
    [
        "Related search: Harbor Bank, policy rate, Monetary Policy Committee",
        "Do you like the content of this article?",
        "Last update on: Thu Nov 27, 2027 10:41 AM",
        "By Ann Roe // 27 November 2027",
        "Published date: 27 November 2027 16:05 GMT",
        "Harbor University provides funding as a member of Valley Conversation UK.",
        "Republish our articles for free, online or in print, under a Creative Commons licence.",
        "By ANN ROE/ Staff Writer",
        "Contact reporter Ann Roe (ann@valley.example) and editor Tom Hale (tom@valley.example)",
        "Senior Lecturer in Environmental Chemistry, University of Harbor",
        "Jes\u00fas Roe (EFE)",
        "Whether you live here or overseas, you can take a paid subscription by clicking here.",
    ],
)
def test_footers_stamps_and_affiliations_are_chrome(line: str) -> None:
    _assert_chrome_line(line)


@pytest.mark.parametrize(
    ("caption", "text", "credit"),
    [
        (
            "Workers rest on a dock in Oslo on 2 March | VNA",
            "Workers rest on a dock in Oslo on 2 March",
            "VNA",
        ),
        (
            "Firefighters battle a wildfire south of Athens, Wednesday, 23 July 2027 - "
            "Copyright  AFP",
            "Firefighters battle a wildfire south of Athens, Wednesday, 23 July 2027",
            "AFP",
        ),
    ],
)
def test_caption_credit_after_a_bar_or_copyright_word(caption: str, text: str, credit: str) -> None:
    ex = extract(
        f"Harbor Clinic Reopens After Flood\n\n{caption}\n\nThe clinic reopened on Monday."
    )
    assert ex.sentences[1].kind == "caption"
    cap = next(c for c in ex.claims if c.sentence_index == 1)
    assert (cap.text, [h.name for h in cap.chain]) == (text, [credit])


def test_a_menu_with_bars_is_no_caption() -> None:
    ex = extract("Harbor Clinic Reopens After Flood\n\nHome | News | Sport\n\nThe clinic reopened.")
    assert ex.sentences[1].kind == "boilerplate"


@pytest.mark.parametrize(
    "motto",
    [
        "Zimbabwe's Leading Daily Newspaper",
        "Cambodia's Newspaper of Record",
        "The trusted voice of shipping since 1734",
        "Part of the USA TODAY Network",
        "Your Doorway to Japan",
        "THE NATIONAL ENGLISH LANGUAGE DAILY",
    ],
)
def test_site_motto_under_the_masthead_is_chrome(motto: str) -> None:
    """A site's motto alone on its line at the page's top is no claim."""
    text = (
        f"Valley Post\n\n{motto}\n\nMill closes after 80 years\n\n"
        "The Harlow paper mill will close in March, the company said on Tuesday.\n"
    )
    ex = extract(text)
    assert not any(motto in c.text for c in ex.claims)
    assert any("will close in March" in c.text for c in ex.claims)


def test_a_headline_about_a_newspaper_stays() -> None:
    ex = extract("Valley Post\n\nWorkers find their voice\n\nThe union said 300 workers joined.\n")
    assert any("Workers find their voice" in c.text for c in ex.claims)


@pytest.mark.parametrize(
    "notice",
    [
        "You are viewing 1 of your 3 free articles this month.",
        "Get unlimited access to Valley Post reporting, analysis and our complete archive.",
        "Comments are moderated and generally will be posted if they are on-topic.",
        "Valley Post reserves the right to delete comments that are offensive.",
        "No part of this website may be reproduced without the written permission of the "
        "publisher.",
        "Information for this article was contributed by Ann Roe of the Valley Post.",
        "By clicking subscribe, I agree for my personal data to be used to send me newsletters.",
        "Valley News will continue to follow the story.",
        "For the latest warnings, go to metservice.com.",
    ],
)
def test_more_reader_notices_are_chrome(notice: str) -> None:
    text = (
        "Mill closes after 80 years\n\nThe Harlow mill will close in March, the company said."
        f"\n\n{notice}\n"
    )
    ex = extract(text)
    assert not any(notice.rstrip(".")[:30] in c.text for c in ex.claims)
    assert any("will close in March" in c.text for c in ex.claims)


def test_byline_with_a_stamp_after_a_bar_is_no_part_of_the_title() -> None:
    text = (
        "Audit flags $2.1M in voucher spending; parents' group sues state\n"
        "by Neal Ashcraft | Today at 4:05 a.m.\n\n"
        "State auditors found $2.1 million in questioned purchases, the report said.\n"
    )
    ex = extract(text)
    assert not any("Ashcraft" in c.text for c in ex.claims)
    assert any(c.text == "parents' group sues state" for c in ex.claims)
