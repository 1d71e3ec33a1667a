"""Rebuild crawl.warc.gz, the bundled WARC example, from the pages written below.

Run: python examples/build_warc.py (needs warcio, a dateline dependency).
"""

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PAGES = {
    "https://news.example.com/2024/06/03/sahel-aid-convoy": """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Aid convoy reaches besieged town in Burkina Faso - Sahel Daily</title>
<meta property="og:site_name" content="Sahel Daily">
<meta property="article:published_time" content="2024-06-03T11:00:00+00:00">
</head><body>
<nav><a href="/">Home</a> <a href="/sahel">Sahel</a> <a href="/about">About</a> <a href="/donate">Donate</a></nav>
<article>
<h1>Aid convoy reaches besieged town in Burkina Faso</h1>
<p>OUAGADOUGOU, June 3 (AP) — A United Nations convoy carrying food and medicine reached the town of Djibo on Monday, the first to get through in four months, the World Food Programme said.</p>
<p>Armed groups have blockaded the town since February, and aid workers estimate that nearly 300,000 people there depend on food deliveries.</p>
<p>"Children are dying of hunger while the roads stay closed," said Hugh Hill, a doctor with an aid group in Djibo.</p>
<p>The army said its soldiers had escorted the 60 trucks and that two soldiers were wounded when a roadside bomb exploded near Namssiguia.</p>
</article>
<footer><p>Continue reading: more Sahel coverage</p><p>© 2024 Sahel Daily</p></footer>
</body></html>""",
    "https://news.example.com/2024/06/04/chile-copper-strike": """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Copper miners strike at Chile's largest mine - Sahel Daily</title>
<meta property="article:published_time" content="2024-06-04T08:15:00+00:00">
</head><body>
<header><ul><li>World</li><li>Business</li><li>Markets</li></ul></header>
<div id="content">
<h1>Copper miners strike at Chile's largest mine</h1>
<p>SANTIAGO (Reuters) - About 2,300 workers at the Escondida copper mine in northern Chile walked off the job on Tuesday after talks on a new wage contract broke down, their union said.</p>
<p>The union is demanding a bonus of 28 million pesos per worker. The mine's operator, BHP, called the demand "unrealistic" and said it had made its best offer.</p>
<p>Copper prices rose 2% in London after news of the strike.</p>
</div>
<div class="share">Share on Facebook | Share on X</div>
</body></html>""",
}


def main() -> None:
    out = Path(__file__).with_name("crawl.warc.gz")
    with out.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for url, html in PAGES.items():
            body = html.encode("utf-8")
            headers = StatusAndHeaders(
                "200 OK",
                [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(body)))],
                protocol="HTTP/1.1",
            )
            record = writer.create_warc_record(
                url, "response", payload=BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
