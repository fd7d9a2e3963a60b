"""Author's aid (not a gold source): literal registry-alias hits vs the gold actor/place lists."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
sys.path.insert(0, ROOT)


src = open(os.path.join(ROOT, "validate.py")).read().split("errors, warnings")[0]
ns = {"__file__": os.path.join(ROOT, "validate.py")}; exec(src, ns)
reg = json.load(open(os.path.join(ROOT, "entities.json")))
for aid in ns["ARTICLES"]:
    lines = open(os.path.join(ROOT, aid + ".txt")).read().split("\n")
    text = "\n".join(l for l in lines if l not in ns["NOISE"][aid])
    g = json.load(open(os.path.join(ROOT, aid + ".gold.json")))
    for part, gl in (("actors", g["actors"]), ("places", g["places"])):
        hits = {}
        for e in reg[part]:
            for al in e["aliases"]:
                for m in re.finditer(r"(?<![\w-])" + re.escape(al) + r"(?![\w-])", text, re.I):
                    hits.setdefault(e["id"], set()).add(m.group(0))
        extra = {k: v for k, v in hits.items() if k not in gl}
        nolit = [x for x in gl if x not in hits]
        print(aid, part, "| alias-hit but not in gold:", extra, "| gold w/o literal alias:", nolit)
