"""Currencies read as the page's country writes them: "$800" on an Australian page is AUD,
"Sh4.2 billion" on a Ugandan page UGX, "R2.5 billion" on a South African page rand."""

from __future__ import annotations

from pathlib import Path

import pytest

from metrics.figures import DEFAULT_RULES_PATH, extract_figures, load_figure_rules
from metrics.home_currency import figures_as_published, home_country, localise_currencies
from metrics.pipeline import analyze_article
from metrics.themes import load_lexicon
from metrics.types import Article


@pytest.mark.parametrize(
    ("url", "country"),
    [
        ("https://www.abc.net.au/news/2024/rates", "au"),
        ("https://www.nzherald.co.nz/nz/council/", "nz"),
        ("https://www.cbc.ca/news/canada/toronto/budget", "ca"),
        ("https://news.com.au:8080/x", "au"),
        ("https://www.dawn.com/news/1", "pk"),  # a national paper on a .com address
        ("https://epaper.dawn.com/x", "pk"),
        ("https://www.straitstimes.com/asia", "sg"),
        ("https://www.winnipegfreepress.com/local/budget", "ca"),
        ("https://newtelegraphng.com/rising-drug-prices-agonies/", "ng"),
        ("https://www.reuters.com/world/", ""),
        # a site filing each paper under its country's name
        ("https://www.pressreader.com/australia/townsville-bulletin/20210309/28159", "au"),
        ("https://www.pressreader.com/Canada/national-post/20240102", "ca"),
        ("https://www.pressreader.com/", ""),
        ("https://www.pressreader.com/catalog", ""),
        ("https://site.ca.com/x", ""),  # the last part of the host names the country
        ("https://www.miningweekly.com/print-version/x", "za"),
        ("https://www.zawya.com/en/business/x", "ae"),
        # a country's or capital's name as a generic site's own name (not "indiana")
        ("https://www.lankanewsroot.com/2019/11/x", "lk"),
        ("https://kenyanewspaperonline.blogspot.com/2013/03/x", "ke"),
        ("https://www.miningnewszambia.com/x", "zm"),
        ("https://www.indianapolisstar.com/x", ""),
        # (not a subdomain, not a country whose money is "$" too: US dollars would change)
        ("https://fiji.un.org/en/x", ""),
        ("https://www.jamaicaplaingazette.com/x", ""),
        ("https://globaltaiwan.org/2023/09/x", ""),
        # a proxy's or an archive's copy: the page it copies
        ("https://newsbite.mooo.com/www.couriermail.com.au/news/queensland/x", "au"),
        ("https://web.archive.org/web/20190101000000/https://www.dawn.com/news/1", "pk"),
        ("https://example.com/files/report.md", ""),
        ("", ""),
        ("not an address", ""),
        ("http://[::1", ""),
    ],
)
def test_the_page_address_names_the_country(url: str, country: str) -> None:
    assert home_country(url) == country


def test_rupees_on_a_sri_lankan_site_on_a_generic_address_are_lkr() -> None:
    text = "The department spent Rs. 712 million, Rs. 54 per voter."
    assert _read(text, "https://www.lankanewsroot.com/2019/11/x") == [(712e6, "LKR"), (54, "LKR")]


def _read(text: str, url: str) -> list[tuple[float, str]]:
    return [(figure.value, figure.unit) for figure in figures_as_published(text, url)]


def _units(text: str, country: str) -> list[str]:
    return [figure.unit for figure in localise_currencies(extract_figures(text), country, text)]


def test_a_local_page_reads_its_own_dollars() -> None:
    text = "The council needs an extra $800 a year, and a $3.59 million deficit remains."
    assert _units(text, "au") == ["AUD", "AUD"]
    assert _read("The MRT line cost $5 billion.", "https://www.straitstimes.com/x") == [
        (5e9, "SGD")
    ]


def test_us_dollars_named_as_such_or_an_article_about_the_us_keep_them() -> None:
    assert _units("It paid US$5 billion and $2 billion more.", "ca") == ["USD", "USD"]
    text = "The U.S. House approved aid.\n\nOf it, $60.8 billion goes to Ukraine."
    assert _units(text, "ca") == ["USD"]
    assert _units("A cap of $60 per barrel.", "ca") == ["USD"]
    assert _units("Shopify rose $100 on the Nasdaq.", "ca") == ["USD"]


def test_caribbean_papers_write_their_own_dollars() -> None:
    text = "The board plans 10 buses totalling $2 million."
    assert _read(text, "https://antiguaobserver.com/x") == [(10, "count"), (2e6, "XCD")]
    assert _read(text, "https://guyanachronicle.com/x") == [(10, "count"), (2e6, "GYD")]
    assert _read(text, "http://cmslocal.gleanerjm.com/x") == [(10, "count"), (2e6, "JMD")]


def test_samoan_papers_write_tala() -> None:
    text = "Aid worth $20million tala went to the Sports Facility."
    assert _read(text, "http://www.samoaobserver.ws/en/x") == [(2e7, "WST")]
    assert _read(text, "https://example.com/x") == [(2e7, "USD")]  # no tala off Samoan pages


def test_a_bracketed_conversion_of_us_dollars_is_the_page_s_own_dollar() -> None:
    text = "The US is our biggest market, worth more than $US1b ($1.6b) last year."
    assert _read(text, "https://www.farmweekly.com.au/x") == [(1e9, "USD"), (1.6e9, "AUD")]
    assert _read(text, "https://www.reuters.com/x") == [(1e9, "USD"), (1.6e9, "USD")]


def test_a_conversion_from_another_currency_stays_in_us_dollars() -> None:
    text = "Gazprom lost 629 billion roubles (around $6.9 billion). It plans to spend $5 million."
    assert _units(text, "nz") == ["RUB", "USD", "NZD"]


def test_another_unit_in_the_sentence_is_no_conversion() -> None:
    text = "The port handled 1.2 million TEU and earned $40 million."
    assert _units(text, "nz") == ["TEU", "NZD"]


def test_elsewhere_the_dollar_is_the_us_dollar() -> None:
    assert _units("The council needs an extra $800 a year.", "") == ["USD"]
    assert _units("The council needs an extra $800 a year.", "ke") == ["USD"]


def test_shillings_are_kenyan_unless_the_page_is_ugandan_or_tanzanian() -> None:
    text = "The county set aside Sh4.2 billion for roads and 500 million shillings for water."
    assert _read(text, "https://nation.africa/kenya/news") == [(4.2e9, "KES"), (5e8, "KES")]
    assert _read(text, "https://www.monitor.co.ug/uganda/news") == [(4.2e9, "UGX"), (5e8, "UGX")]
    assert _read("It costs Shs300,000 a term.", "https://www.newvision.co.ug/x") == [(3e5, "UGX")]
    assert _read("It cost TSh 2 billion.", "https://www.bbc.com/x") == [(2e9, "TZS")]


def test_rupees_on_a_pakistani_page_are_pakistani() -> None:
    text = "The budget allocates Rs1.2 trillion for defence."
    assert _read(text, "https://www.dawn.com/news/1") == [(1.2e12, "PKR")]
    assert _read(text, "https://myrepublica.nagariknetwork.com/news/x") == [(1.2e12, "NPR")]
    assert _read(text, "https://www.spotlightnepal.com/2024/10/15/x/") == [(1.2e12, "NPR")]
    assert _read(text, "https://www.thehindu.com/news/") == [(1.2e12, "INR")]


@pytest.mark.parametrize(
    ("text", "url", "unit"),
    [
        ("Mendoza, an Argentine province, plans 230bn pesos of works.", "https://x.com/a", "ARS"),
        ("The Mexican budget is 500 billion pesos.", "https://x.com/a", "MXN"),
        ("Manila will spend 500 billion pesos.", "https://x.com/a", "PHP"),
        ("The budget is 500 billion pesos.", "https://www.clarin.com.ar/a", "ARS"),
        ("Denmark will spend 10 billion kroner on defence.", "https://x.com/a", "DKK"),
        ("The tax is 20 billion kroner.", "https://www.dr.dk/a", "DKK"),
        ("Norway earned 1.5 trillion kroner from gas.", "https://x.com/a", "NOK"),
        ("Novo Nordisk reported a profit of 100 billion kroner.", "https://x.com/a", "DKK"),
        ("Milei said pensions of 200,000 pesos would rise.", "https://x.com/a", "ARS"),
        ("The fare is 3,000 pesos.", "https://www.larepublica.co/a", "COP"),
        ("Uruguay's deficit reached 50 billion pesos.", "https://x.com/a", "UYU"),
        ("Jordan expects a deficit of 812 million dinars.", "https://x.com/a", "JOD"),
        ("The deficit is 18.8 trillion dinars, Baghdad said.", "https://x.com/a", "IQD"),
    ],
)
def test_pesos_kroner_and_dinars_are_the_named_country_s_or_the_page_s(
    text: str, url: str, unit: str
) -> None:
    assert [figure_unit for _, figure_unit in _read(text, url)] == [unit]


def test_the_kwacha_s_k_is_money_only_glued_to_its_digits() -> None:
    text = "Maize went up to K110 per kilogramme from K80 per kilogramme. Flight K 101 was late."
    assert _read(text, "https://times.mw/x") == [(110, "MWK"), (80, "MWK")]
    assert _read("It asks for K7.2 billion.", "https://www.lusakatimes.com/x") == [(7.2e9, "ZMW")]
    assert _read("Rice sells at P35/kg.", "https://newswatchplus.ph/x") == [(35, "PHP")]


def test_rand_is_read_before_a_scale_and_after_a_number_on_its_pages() -> None:
    text = "Naspers rose two rand to R112. It costs the economy Rand 98m a day. Ayn Rand 1957."
    assert _read(text, "https://mg.co.za/x") == [(2, "ZAR"), (112, "ZAR"), (98e6, "ZAR")]


def test_a_stray_sign_before_a_percentage_leaves_the_percentage() -> None:
    # "R" is rand on a South African page, but not before a percent sign
    assert _read("Retail sales posted R 10.5% growth.", "https://www.news24.com/x") == [
        (10.5, "percent")
    ]


def test_an_article_that_names_a_country_s_shillings_means_them_when_bare() -> None:
    text = "Uganda will spend 72.4 trillion Ugandan shillings, up from 72.1 trillion shillings."
    assert _read(text, "https://www.cnbcafrica.com/x") == [(72.4e12, "UGX"), (72.1e12, "UGX")]
    text = "Kenya will spend 4 trillion shillings, unlike the 72.4 trillion Ugandan shillings."
    assert _read(text, "https://www.cnbcafrica.com/x") == [(4e12, "KES"), (72.4e12, "UGX")]
    text = "Tax rose to 20,000 shillings; in Tanzania, it is 30,000 Tanzanian shillings."
    assert _read(text, "https://www.monitor.co.ug/x") == [(2e4, "UGX"), (3e4, "TZS")]


def test_a_page_s_world_news_keeps_us_dollars() -> None:
    text = "Kuwait, which is hosting the conference, pledged $500 million."
    world = "http://cmslocal.gleanerjm.com/article/world-news/20150331/us-leads-pledges"
    assert _read(text, world) == [(5e8, "USD")]
    assert _read(text, "https://stabroeknews.com/2014/01/16/news/world/pledges/") == [(5e8, "USD")]
    assert _read(text, "https://jamaica-gleaner.com/article/news/20150331/budget") == [(5e8, "JMD")]
    # ... a conversion into the page's own dollars stays its own
    text = "The deal is worth $US400 billion ($430 billion)."
    assert _read(text, "http://www.smh.com.au/world/russia-and-china-gas-deal") == [
        (4e11, "USD"),
        (4.3e11, "AUD"),
    ]


def test_a_wire_story_s_dollars_are_us_dollars_on_a_local_page() -> None:
    # Bloomberg and Reuters write a country's own dollar with its sign ("C$", "A$")
    text = "(Bloomberg) -- Russia expects to sell gas to China at $271.6 per 1,000 cubic meters."
    assert _read(text, "https://www.bnnbloomberg.ca/russia-gas-china") == [(271.6, "USD")]
    local = "The council expects to spend $271.6 million on roads."
    assert _read(local, "https://www.bnnbloomberg.ca/council") == [(271.6e6, "CAD")]
    # ... only a story that opens with the wire's dateline, not a related story's line below
    related = "Home prices averaged $700,000.\nRelated: (Reuters) - Oil prices fell."
    assert _read(related, "https://www.cbc.ca/news/x") == [(7e5, "CAD")]


def test_a_chicago_futures_price_stays_in_us_dollars_on_a_local_page() -> None:
    text = "CBOT wheat settled 7 cents higher to $5.28 per bushel."
    assert [unit for _, unit in _read(text, "https://www.producer.com/markets/x")] == [
        "USD",
        "USD",
    ]
    # ... the local prices of its article stay local
    text = "CBOT wheat fell 12 cents. Local growers were offered $340 a tonne for APW1."
    assert [unit for _, unit in _read(text, "https://www.theland.com.au/x")] == ["USD", "AUD"]


def test_a_foreign_story_on_a_local_site_keeps_us_dollars() -> None:
    # a story that names other countries and never the page's own: a content site's rewrite of
    # a TASS report on a Canadian address
    text = (
        "Trade between Russia and China rose 26.7 percent to 218.17 billion dollars. "
        "November alone saw trade reach about 21.5 billion dollars."
    )
    assert _read(text, "https://socialbites.ca/business/x") == [
        (26.7, "percent"),
        (218.17e9, "USD"),
        (21.5e9, "USD"),
    ]
    # ... but a story that names the page's country, or names another only once, is local
    named = "Canada's trade with China rose to 118 billion dollars."
    assert _read(named, "https://socialbites.ca/business/x") == [(118e9, "CAD")]
    local = "The city will spend $5 million on a program modelled on Japan's."
    assert _read(local, "https://www.theglobeandmail.ca/x") == [(5e6, "CAD")]
    # Hong Kong's and Taiwan's pages name China all the time: no such rule there
    text = "China and Russia signed deals; Chinese firms will invest $3 billion."
    assert _read(text, "https://www.scmp.com.hk/x") == [(3e9, "HKD")]


def test_a_currency_named_by_its_code_or_country_keeps_it_on_any_page() -> None:
    text = (
        "Exports earned 1.25 trillion Saudi riyals and SAR 119 billion; QNB made 15 billion riyals."
    )
    assert _read(text, "https://www.gulf-times.com/x") == [
        (1.25e12, "SAR"),
        (119e9, "SAR"),
        (15e9, "QAR"),
    ]
    text = "It paid 5 billion Kenyan shillings and Sh4 billion."
    assert _read(text, "https://www.monitor.co.ug/x") == [(5e9, "KES"), (4e9, "UGX")]


def test_riyals_are_saudi_and_rials_iranian_unless_the_page_or_article_is_another_s() -> None:
    text = "Aramco's net income stood at 97.54 billion riyals ($26.01 billion)."
    assert _read(text, "https://www.arabnews.com/x") == [(97.54e9, "SAR"), (26.01e9, "USD")]
    assert _read("Revenue will reach 202 billion riyals.", "https://www.gulf-times.com/x") == [
        (202e9, "QAR")
    ]
    assert _read("Qatar's budget projects revenue of 202 billion riyals.", "") == [(202e9, "QAR")]
    assert _read("In Aden, civil servants earn 60,000 rials a month.", "") == [(6e4, "YER")]
    assert _read("Muscat will spend 11 billion rials.", "") == [(11e9, "OMR")]
    assert _read("Iran's budget is 2,300 trillion rials.", "") == [(2.3e15, "IRR")]
    assert _read("Dividends total SAR 73.16 billion.", "") == [(73.16e9, "SAR")]


def test_lira_are_turkish_unless_the_article_is_about_lebanon_or_syria() -> None:
    assert _read("The lira fell to 32 per dollar as Erdogan spoke.", "") == [(32, "TRY_per_USD")]
    text = (
        "Lebanon's currency fell to 32,000 lira to the dollar; the minimum wage of 675,000 lira"
        " is worth just $22."
    )
    assert _read(text, "https://www.middleeastmonitor.com/x") == [
        (32000, "LBP_per_USD"),
        (675000, "LBP"),
        (22, "USD"),
    ]
    assert _read("In Damascus a loaf costs 400 lira.", "") == [(400, "SYP")]
    # ... but on a Turkish paper's page lira are Turkish, whichever neighbour it names
    text = "Syrian refugees in Gaziantep receive 1,000 lira a month."
    assert _read(text, "https://www.dailysabah.com/x") == [(1000, "TRY")]


def test_sr_is_saudi_riyals_or_seychelles_rupees_on_their_pages_and_a_route_elsewhere() -> None:
    assert _read("The deficit was SR30 billion.", "https://saudigazette.com.sa/x") == [
        (30e9, "SAR")
    ]
    assert _read("It costs SR 450 a night.", "https://www.nation.sc/x") == [(450, "SCR")]
    assert _read("Crews will close SR 520 bridge lanes.", "https://www.seattletimes.com/x") == []


def test_the_imf_s_special_drawing_rights_are_a_currency() -> None:
    text = "It approved SDR 828 million (around $1.1 billion), or SDR4.393 billion in all."
    assert _read(text, "https://www.dawn.com/x") == [
        (828e6, "XDR"),
        (1.1e9, "USD"),
        (4.393e9, "XDR"),
    ]


def test_an_exchange_rate_is_priced_in_the_page_s_currency() -> None:
    text = "The rupee fell to 134 rupees to the US dollar."
    assert _read(text, "https://www.dailymirror.lk/business/1") == [(134, "LKR_per_USD")]


def test_a_rate_that_names_no_currency_or_a_shared_one_is_of_the_page_s_country() -> None:
    text = "The currency is trading at about 320 per dollar on the black market."
    assert _read(text, "https://www.vanguardngr.com.ng/x") == [(320, "NGN_per_USD")]
    assert _read(text, "https://www.bbc.com/news/x") == []
    text = "Commercial banks quoted the shilling at 100.90/101.00 per dollar."
    assert _read(text, "https://www.standardmedia.co.ke/x") == [(100.9, "KES_per_USD")]
    assert _read(text, "https://www.monitor.co.ug/x") == [(100.9, "UGX_per_USD")]
    assert _read(text, "https://www.bbc.com/news/x") == []
    # ... unless its line names another country's: a Ghanaian page on Kenya's shilling
    text = "Kenya's shilling closed Friday at 135 against the dollar."
    assert _read(text, "https://newsghana.com.gh/x") == [(135, "KES_per_USD")]


def test_a_rate_is_of_the_currency_its_paragraph_names_before_the_page_s() -> None:
    # a Reuters round-up of African currencies: each rate is of the currency named before it
    text = (
        "GHANA: The cedi is expected to trade within a narrow range next week. On Thursday,"
        " Refinitiv data showed the currency trading at 12.05 per dollar.\nNIGERIA: The naira is"
        " expected to weaken further. The currency closed at 1,455 per dollar."
    )
    expected = [(12.05, "GHS_per_USD"), (1455, "NGN_per_USD")]
    assert _read(text, "https://www.reuters.com/x") == expected
    assert _read(text, "https://www.the-star.co.ke/x") == expected
    # ... an explicit Kenyan shilling stays Kenyan on a Ugandan page; the rupee is the page's
    text = "The Kenyan shilling fell on Monday. Banks quoted the currency at 160 per dollar."
    assert _read(text, "https://www.monitor.co.ug/x") == [(160, "KES_per_USD")]
    text = "The rupee closed at 281.22 per dollar, compared with the previous close of 281.05."
    assert _read(text, "https://www.thenews.com.pk/x") == [
        (281.22, "PKR_per_USD"),
        (281.05, "PKR_per_USD"),
    ]


def test_a_foreign_currency_story_keeps_its_currency_on_any_site() -> None:
    # (review 24) the article's currency before the page's, a shared name by its paragraph, a
    # country's currency by its name, a previous rate's quoted side never the subject
    cases = [
        (
            "https://www.brecorder.com/x",
            "JAKARTA: Indonesia's rupiah slid.\n\nThe currency was at 16,450 per dollar.",
            [(16450, "IDR_per_USD")],
        ),
        (
            "https://businessday.ng/x",
            "ACCRA (Reuters) - Ghana's cedi weakened.\n\nThe local currency traded at 15.20 per"
            " dollar.",
            [(15.2, "GHS_per_USD")],
        ),
        (
            "https://nation.co.ke/x",
            "The Ugandan shilling is under pressure. The shilling traded at 3,700 per dollar.",
            [(3700, "UGX_per_USD")],
        ),
        (
            "https://www.thehindu.in/x",
            "Pakistan's rupee fell sharply. The rupee closed at 280 per dollar.",
            [(280, "PKR_per_USD")],
        ),
        (
            "https://www.the-star.co.ke/x",
            "Ethiopia's currency fell to 120 per dollar.",
            [(120, "ETB_per_USD")],
        ),
        ("https://www.reuters.com/x", "Singapore's currency was at 1.35 per dollar.", []),
        (
            "https://www.reuters.com/x",
            "The rand weakened 1% to 20.1 per euro. It was also weaker at 18.6 per dollar.",
            [(1, "percent"), (20.1, "ZAR_per_EUR"), (18.6, "ZAR_per_USD")],
        ),
        (
            "https://www.moneycontrol.com/x",
            "The rupee ended at 85.30 per dollar, as tensions between India and Pakistan rose.",
            [(85.3, "INR_per_USD")],
        ),
        (
            "https://www.vanguardngr.com/x",
            "The naira would stabilise, and Tinubu won praise. The currency closed at 1,455 per"
            " dollar.",
            [(1455, "NGN_per_USD")],
        ),
        ("https://www.japantimes.co.jp/x", "Sterling was at 1.2710 against the dollar.", []),
        (
            "https://www.mmegi.bw/x",
            "Debswana revenue fell to P2.3 billion as diamond prices in Manila slumped.",
            [(2.3e9, "BWP")],
        ),
        (
            "https://www.reuters.com/x",
            "Debswana revenue fell to P2.3 billion as diamond prices in Manila slumped.",
            [],
        ),
    ]
    for url, text, expected in cases:
        assert _read(text, url) == expected, text


def test_a_rate_of_a_currency_the_rules_do_not_know_is_left_out() -> None:
    for text, url in [
        ("Armenia's dram strengthened to 390 per dollar as Russians arrived.", "https://tass.ru/x"),
        ("Afghanistan's afghani traded at 70 per dollar in Kabul.", "https://www.dawn.com/x"),
        ("The Australian dollar fetched 0.66 per U.S. dollar.", "https://www.japantimes.co.jp/x"),
        (
            "The shilling weakened. Banks quoted the currency at 129.50 per dollar.",
            "https://www.reuters.com/x",
        ),
    ]:
        assert _read(text, url) == [], text
    # ... nor a price taken for a rate because its currency fell
    text = "The rupee fell to a record low, pushing petrol to Rs 105."
    assert _read(text, "https://www.thehindu.co.in/x") == [(105, "INR")]


def test_shared_currency_words_are_the_named_country_s_or_the_page_s() -> None:
    assert _read("Tobacco earned 500 million kwacha.", "https://www.nyasatimes.com/x") == [
        (500e6, "MWK")
    ]
    assert _read("Cocoa rose to 1,800 CFA francs.", "https://www.cameroon-tribune.cm/x") == [
        (1800, "XAF")
    ]
    text = "Cameroon's budget is 6,740 billion CFA francs, the government in Yaounde said."
    assert _read(text, "https://www.reuters.com/x") == [(6740e9, "XAF")]


def test_a_sign_a_country_alone_uses_is_read_only_on_its_pages() -> None:
    text = "Eskom lost R2.5 billion last year."
    assert _read(text, "https://www.dailymaverick.co.za/article/x") == [(2.5e9, "ZAR")]
    assert _read(text, "https://www.news24.com/news24/x") == [(2.5e9, "ZAR")]
    # elsewhere "R" is rand before a scale word ("R2.5 billion") or in a line that names South
    # Africa: no road, version or model is that many
    assert _read(text, "https://www.bbc.com/news/x") == [(2.5e9, "ZAR")]
    assert _read("The R511 and the R2 model.", "https://www.bbc.com/news/x") == []
    text = "The agency spent P5 billion and Php 1.2 billion, and 300 million pesos more."
    assert _read(text, "https://newsinfo.inquirer.net/1") == [
        (5e9, "PHP"),
        (1.2e9, "PHP"),
        (3e8, "PHP"),
    ]
    # elsewhere "P" is pesos only in a line that names them or the Philippines (and bare
    # "pesos" are those of the one country the article names: "Php")
    assert _read(text, "https://www.reuters.com/x") == [(5e9, "PHP"), (1.2e9, "PHP"), (3e8, "PHP")]
    assert _read("The agency spent P5 billion.", "https://www.reuters.com/x") == []
    assert _read("Police seized P212,000 worth of shabu.", "https://x.net/x") == [(212000, "PHP")]
    assert _read("The P5 members met.", "https://www.reuters.com/x") == []
    assert _read("Bonds worth 300 million pesos.", "https://www.eluniversal.com.mx/x") == [
        (3e8, "MXN")
    ]
    # a price of one or two digits after a one-letter sign: a price, not a code
    text = "Rice prices may fall by P6 to P7, and the cap may rise to P45 per kilo."
    assert _read(text, "https://tribune.net.ph/x") == [(6, "PHP"), (7, "PHP"), (45, "PHP")]
    # "shilling" in the singular is East Africa's on its pages ("a 1.55 trillion shilling
    # budget"), never a British pre-decimal shilling elsewhere
    text = "He proposed a 1.55 trillion shilling budget."
    assert _read(text, "https://www.nation.co.ke/x") == [(1.55e12, "KES")]
    assert _read(text, "https://www.monitor.co.ug/x") == [(1.55e12, "UGX")]
    assert _read(text, "https://nation.africa/kenya/x") == [(1.55e12, "KES")]
    assert _read("He was paid 10 shilling a week.", "https://www.bbc.co.uk/news/x") == []
    # Papua New Guinea's kina: "K" on its pages; Romanian and Moldovan lei by the page
    text = "Provinces lost K200 million; the hospital gets K2.5 billion."
    assert _read(text, "https://www.thenational.com.pg/x") == [(2e8, "PGK"), (2.5e9, "PGK")]
    assert _read(text, "https://www.looppng.com/x") == [(2e8, "PGK"), (2.5e9, "PGK")]
    assert _read(text, "https://www.bbc.com/news/x") == []
    text = "The K2.5bil comes out of the K8.7bil programme (K200mil)."
    assert _read(text, "https://www.thenational.com.pg/x") == [
        (2.5e9, "PGK"),
        (8.7e9, "PGK"),
        (2e8, "PGK"),
    ]
    assert _read("Bills of 1,068 lei.", "https://en.publika.md/x") == [(1068, "MDL")]
    assert _read("Bills of 1,068 lei.", "https://www.romania-insider.ro/x") == [(1068, "RON")]
    # ... lei alone are Romanian elsewhere, Moldovan where the article names Moldova alone
    assert _read("Bills of 1,068 lei.", "https://www.bbc.com/news/x") == [(1068, "RON")]
    text = "Moldova's budget deficit was 7.7 billion lei."
    assert _read(text, "https://www.bbc.com/news/x") == [(7.7e9, "MDL")]
    assert _read("Zhang Lei scored 3 Lei points.", "https://www.bbc.com/news/x") == []
    # dirhams are the Emirates' on Emirati pages, Morocco's on Moroccan ones; elsewhere the
    # Emirates' unless the article, or its address, names Morocco alone
    text = "Profit was 17.23 billion dirhams ($4.7 billion)."
    assert _read(text, "https://www.zawya.com/en/x") == [(17.23e9, "AED"), (4.7e9, "USD")]
    assert _read(text, "https://www.hespress.com/x") == [(17.23e9, "MAD"), (4.7e9, "USD")]
    assert _read(text, "https://www.bbc.com/news/x") == [(17.23e9, "AED"), (4.7e9, "USD")]
    # ... and an article on Morocco that says once the UAE sent rescuers means Morocco's
    quake = "Morocco will pay 30,000 dirhams a home. The UAE sent rescuers. Morocco thanked them."
    assert _read(quake, "https://www.bbc.com/news/x") == [(30000, "MAD")]
    assert _read(text, "https://www.bbc.com/news/morocco-quake-aid") == [
        (17.23e9, "MAD"),
        (4.7e9, "USD"),
    ]
    # ... unless the article names the other country's alone
    text = "The Moroccan dirham fell to 10 dirhams per dollar."
    assert _read(text, "https://gulfnews.com/business/x") == [(10, "MAD_per_USD")]
    text = "Moldova's average salary is 11,000 lei."
    assert _read(text, "https://www.romania-insider.ro/x") == [(11000, "MDL")]
    assert _read("It cost 500 Moldovan lei and 300 kina.", "https://www.bbc.com/news/x") == [
        (500, "MDL"),
        (300, "PGK"),
    ]


@pytest.mark.parametrize(
    ("text", "url", "unit"),
    [
        ("Corn rose 5 cents to $4.50 a bushel.", "https://www.reuters.com/markets/", "USD"),
        ("Unleaded averaged 198.4 cents a litre.", "https://www.smh.com.au/business/", "AUD"),
        ("Petrol will drop by 86 cents a litre.", "https://www.citizen.co.za/business/", "ZAR"),
        ("Kenya Power's tariff fell by 50 cents per kWh.", "https://www.nation.co.ke/x", "KES"),
        ("Ryanair shares rose 20 cents to €18.50.", "https://www.reuters.com/markets/", "EUR"),
        ("Cotton rose 4.40 US cents/lb.", "https://www.citizen.co.za/business/", "USD"),
        ("The taka depreciated by 50 paisa.", "https://www.thedailystar.net/x", "BDT"),
        ("It weakened by 12 kopecks.", "https://kyivindependent.com/x", "UAH"),
    ],
)
def test_hundredths_are_the_page_s_own_dollar_s_or_its_country_s(
    text: str, url: str, unit: str
) -> None:
    (cents,) = [
        f
        for f in figures_as_published(text, url)
        if f.surface.endswith(("cents", "paisa", "kopecks"))
    ]
    assert (cents.unit, cents.value) == (unit, pytest.approx(float(cents.surface.split()[0]) / 100))


def test_a_road_or_a_group_named_by_a_letter_and_a_number_is_no_money() -> None:
    assert _read("Traffic backed up on the R21 near the airport.", "https://x.co.za/a") == []
    assert _read("A crash closed the R511 and the R102.", "https://x.co.za/a") == []
    assert _read("The P5 met in Geneva.", "https://www.reuters.com/x") == []


@pytest.mark.parametrize(
    ("text", "url", "figure"),
    [
        ("Brisbane's council approved a $90 million weir.", "https://x.com.au/a", (90e6, "AUD")),
        ("The city approved a R90 million reservoir.", "https://x.co.za/a", (90e6, "ZAR")),
    ],
)
def test_the_pipeline_reads_a_local_page_in_its_currency(
    text: str, url: str, figure: tuple[float, str]
) -> None:
    (found,) = analyze_article(Article(article_id="a", text=text, url=url), load_lexicon()).figures
    assert (found["value"], found["unit"]) == figure


def _rules_with(tmp_path: Path, home: str) -> Path:
    bundled = DEFAULT_RULES_PATH.read_text(encoding="utf-8")
    without = bundled[: bundled.index("\n[home_currencies]\n")]
    path = tmp_path / "figures.toml"
    path.write_text(without + home, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "table",
    [
        "[home_currencies]\nau = 'AUD'\n",
        "[home_currencies.au]\ninstead = { USD = 'aud' }\n",
        "[home_currencies.za]\ncurrencies = ['R']\n",
        "[home_currencies.ke]\ncents = 'kes'\n",
        "[home_hosts]\n'dawn.com' = 1\n",
        "[named_currencies]\nKES = { UGX = ['USh'] }\n",
    ],
)
def test_home_currency_tables_must_say_what_they_map(tmp_path: Path, table: str) -> None:
    with pytest.raises(ValueError, match=r"home_|named_"):
        load_figure_rules(_rules_with(tmp_path, table))


def test_rules_without_home_tables_read_currencies_as_the_grammar_does(tmp_path: Path) -> None:
    rules = load_figure_rules(_rules_with(tmp_path, ""))
    assert rules.home_currencies == {}
    # (the "$" stays the US dollar's; "R2" is no rand without the page's country or a scale)
    text = "The council needs $800 and R2 more."
    figures = figures_as_published(text, "https://x.co.za/a", rules)
    assert [(figure.value, figure.unit) for figure in figures] == [(800, "USD")]
