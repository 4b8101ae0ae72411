#!/usr/bin/env python3
"""The .torrent of the files in a folder, as mktorrent would make it, for the benchmarks.

    mktorrent.py FOLDER OUT.torrent ANNOUNCE [PIECE_BYTES]   prints the info hash
"""
import hashlib, os, sys
def ben(x):
    if isinstance(x, int): return b"i%de" % x
    if isinstance(x, bytes): return b"%d:%s" % (len(x), x)
    if isinstance(x, str): return ben(x.encode())
    if isinstance(x, list): return b"l" + b"".join(ben(i) for i in x) + b"e"
    return b"d" + b"".join(ben(k) + ben(v) for k, v in sorted(x.items())) + b"e"
root, out, announce = sys.argv[1:4]
size = int(sys.argv[4]) if len(sys.argv) > 4 else 256 * 1024
data, files = b"", []
for name in sorted(os.listdir(root)):
    body = open(os.path.join(root, name), "rb").read()
    data += body
    files.append({"length": len(body), "path": [name]})
pieces = b"".join(hashlib.sha1(data[i:i + size]).digest() for i in range(0, len(data), size))
info = {"name": os.path.basename(root), "piece length": size, "pieces": pieces, "files": files}
open(out, "wb").write(ben({"announce": announce, "info": info}))
print(hashlib.sha1(ben(info)).hexdigest())
