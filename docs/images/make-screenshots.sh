#!/bin/sh
# The README's screenshots (docs/images/*.png) and the look pass over the
# window in Russian/dark, Chinese/light and English in both themes: the
# real window, offscreen, driven by docs/images/screenshots.qml through the
# QML tests' runner. Needs a build (scripts/dev build), rsvg-convert and
# python3.
#   docs/images/make-screenshots.sh [OUT_DIR]   (default: a temporary folder)
# The README's pictures are then OUT_DIR/{editor-blueprint,metrics-overlay,
# metrics-import,workshop}.png; the rest are for looking at.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
build="$root/build"
out=${1:-$(mktemp -d)}
data=$(mktemp -d)
mkdir -p "$out"

# Pictures for cards: a checkout page, a showroom, a confirmation email.
cat > "$data/checkout.svg" <<'SVG'
<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400">
<rect width="640" height="400" fill="#f4f6f9"/>
<rect width="640" height="48" fill="#1f3b63"/>
<text x="24" y="31" font-family="DejaVu Sans" font-size="20" fill="#fff" font-weight="bold">SOFA &amp; CO</text>
<text x="470" y="31" font-family="DejaVu Sans" font-size="15" fill="#cfe0ff">Checkout · step 2 of 3</text>
<rect x="24" y="72" width="360" height="300" rx="8" fill="#fff" stroke="#d5dbe3"/>
<text x="44" y="106" font-family="DejaVu Sans" font-size="18" font-weight="bold" fill="#222">Delivery</text>
<rect x="44" y="124" width="320" height="36" rx="4" fill="#fff" stroke="#b8c2cf"/>
<text x="56" y="148" font-family="DejaVu Sans" font-size="14" fill="#555">12 Elm Street, Flat 4</text>
<rect x="44" y="172" width="320" height="36" rx="4" fill="#eef4ff" stroke="#2f6fdf" stroke-width="2"/>
<text x="56" y="196" font-family="DejaVu Sans" font-size="14" fill="#1f3b63">Standard · 8:00–18:00 · free</text>
<rect x="44" y="220" width="320" height="36" rx="4" fill="#fff" stroke="#b8c2cf"/>
<text x="56" y="244" font-family="DejaVu Sans" font-size="14" fill="#555">2-hour slot · €29</text>
<rect x="44" y="300" width="320" height="48" rx="6" fill="#e8632b"/>
<text x="204" y="331" font-family="DejaVu Sans" font-size="18" font-weight="bold" fill="#fff" text-anchor="middle">Pay €1,249</text>
<rect x="404" y="72" width="212" height="220" rx="8" fill="#fff" stroke="#d5dbe3"/>
<rect x="420" y="88" width="180" height="100" rx="4" fill="#8aa4c8"/>
<rect x="436" y="130" width="148" height="40" rx="10" fill="#5d7aa6"/>
<rect x="430" y="118" width="30" height="40" rx="8" fill="#4e6a94"/>
<rect x="560" y="118" width="30" height="40" rx="8" fill="#4e6a94"/>
<text x="420" y="212" font-family="DejaVu Sans" font-size="14" fill="#222">Oslo 3-seat sofa</text>
<text x="420" y="236" font-family="DejaVu Sans" font-size="13" fill="#666">Fabric: slate blue</text>
<text x="420" y="270" font-family="DejaVu Sans" font-size="16" font-weight="bold" fill="#222">€1,249</text>
</svg>
SVG
cat > "$data/showroom.svg" <<'SVG'
<svg xmlns="http://www.w3.org/2000/svg" width="640" height="420">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#9cc7ef"/><stop offset="1" stop-color="#dcecf8"/></linearGradient></defs>
<rect width="640" height="420" fill="url(#sky)"/>
<rect x="0" y="330" width="640" height="90" fill="#9a9a94"/>
<rect x="60" y="110" width="520" height="230" fill="#e9e1d3"/>
<rect x="60" y="110" width="520" height="46" fill="#2b4a73"/>
<text x="320" y="142" font-family="DejaVu Sans" font-size="26" font-weight="bold" fill="#fff" text-anchor="middle">SOFA &amp; CO · SHOWROOM</text>
<rect x="90" y="180" width="200" height="150" fill="#bcd6e8" stroke="#555" stroke-width="4"/>
<rect x="350" y="180" width="200" height="150" fill="#bcd6e8" stroke="#555" stroke-width="4"/>
<rect x="110" y="260" width="160" height="40" rx="10" fill="#c0603a"/>
<rect x="100" y="240" width="30" height="50" rx="8" fill="#a44e2e"/>
<rect x="250" y="240" width="30" height="50" rx="8" fill="#a44e2e"/>
<rect x="370" y="258" width="160" height="42" rx="10" fill="#4f7a55"/>
<rect x="362" y="238" width="28" height="52" rx="8" fill="#3e6444"/>
<rect x="510" y="238" width="28" height="52" rx="8" fill="#3e6444"/>
<rect x="298" y="200" width="44" height="130" fill="#6b4f35"/>
</svg>
SVG
cat > "$data/email.svg" <<'SVG'
<svg xmlns="http://www.w3.org/2000/svg" width="520" height="400">
<rect width="520" height="400" fill="#ffffff"/>
<rect width="520" height="40" fill="#eceff3"/>
<circle cx="22" cy="20" r="6" fill="#e0605a"/><circle cx="42" cy="20" r="6" fill="#e6b84a"/><circle cx="62" cy="20" r="6" fill="#5ab45f"/>
<text x="24" y="80" font-family="DejaVu Sans" font-size="13" fill="#777">From: orders@sofaandco.example</text>
<text x="24" y="116" font-family="DejaVu Sans" font-size="20" font-weight="bold" fill="#1f3b63">Your order #40217 is confirmed</text>
<rect x="24" y="140" width="140" height="90" rx="6" fill="#8aa4c8"/>
<text x="184" y="166" font-family="DejaVu Sans" font-size="15" fill="#222">Oslo 3-seat sofa</text>
<text x="184" y="192" font-family="DejaVu Sans" font-size="14" fill="#666">Delivery: Thu 8:00–18:00</text>
<text x="184" y="218" font-family="DejaVu Sans" font-size="14" fill="#666">Total: €1,249</text>
<rect x="24" y="260" width="472" height="12" rx="6" fill="#e3e7ec"/>
<rect x="24" y="284" width="400" height="12" rx="6" fill="#e3e7ec"/>
<rect x="24" y="308" width="430" height="12" rx="6" fill="#e3e7ec"/>
<rect x="24" y="344" width="180" height="36" rx="6" fill="#2f6fdf"/>
<text x="114" y="368" font-family="DejaVu Sans" font-size="15" fill="#fff" text-anchor="middle">Track my order</text>
</svg>
SVG
for name in checkout showroom email; do
    rsvg-convert "$data/$name.svg" -o "$data/$name.png"
done

# The sample with NPS answers over six months: values, sparklines, a small
# sample or two.
"$build/bin/waymark" new "$data/nps.cjm" --template sample > /dev/null
"$build/bin/waymark" export "$data/nps.cjm" -o "$data/sample.json"
python3 - "$data" <<'PY'
import csv, json, random, sys
folder = sys.argv[1]
random.seed(7)
steps = {'c01': (30, 120), 'c03': (35, 260), 'c04': (20, 200), 'c05': (-10, 90), 'c06': (55, 140),
         'c07': (25, 80), 'c08': (28, 316), 'c09': (44, 118), 'c10': (-76, 216), 'c11': (-41, 149),
         'c12': (36, 175), 'c13': (-17, 94), 'c14': (-73, 139), 'c15': (47, 153), 'c16': (42, 31),
         'c17': (-72, 25), 'c18': (62, 55), 'c19': (-55, 82), 'c20': (-90, 108), 'c21': (22, 37),
         'c22': (22, 73)}
sample = json.load(open(folder + '/sample.json'))
titles = {s['id']: s['title'] for s in sample['journeys'][0]['steps']}
rows = []
for sid, (nps, n) in steps.items():
    trend = random.choice([-1, 1]) * random.uniform(2, 6)
    for i in range(n):
        month = random.randint(1, 6)
        t = max(-0.95, min(0.95, (nps + trend * (month - 3.5)) / 100))
        promoters = (0.75 + t) / 2
        detractors = 0.75 - promoters
        r = random.random()
        answer = (random.choice([9, 10]) if r < promoters
                  else random.randint(0, 6) if r < promoters + detractors
                  else random.choice([7, 8]))
        rows.append((f'R{len(rows) + 1:05d}',
                     f'2026-{month:02d}-{random.randint(1, 28):02d}T10:00:00Z', titles[sid], answer))
with open(folder + '/nps.csv', 'w', newline='') as f:
    w = csv.writer(f)
    w.writerow(['ResponseId', 'RecordedDate', 'Touchpoint', 'How likely are you to recommend Sofa & Co?'])
    w.writerows(rows)
PY
"$build/bin/waymark" import-metrics "$data/nps.cjm" "$data/nps.csv" --journey sofa > /dev/null
cp "$root/tests/data/metrics/qualtrics.csv" "$data/"

mkdir -p "$build/xdg-runtime"
QT_QPA_PLATFORM=offscreen QT_QUICK_CONTROLS_STYLE=Basic XDG_RUNTIME_DIR="$build/xdg-runtime" \
WAYMARK_SHOTS="$out" WAYMARK_SHOTS_DATA="$data" \
    "$build/tests/qml/tst_qml" -input "$root/docs/images/screenshots.qml"
rm -rf "$data"
echo "Screenshots in $out"
