#!/usr/bin/env python3
"""Summarises a flight recording's execution samples: the top frames, and the top application frames (io.kopilka)
anywhere on the stack. Usage: jfr print --events jdk.ExecutionSample app.jfr | bench-load/jfr-top.py [N]"""
import collections
import re
import sys

top = collections.Counter()
ours = collections.Counter()
subsystem = collections.Counter()
samples = 0
stack = None
frame = re.compile(r'^\s+([\w.$<>]+)\(')
for line in sys.stdin:
    if 'stackTrace = [' in line:
        stack = []
    elif stack is not None and line.strip() in (']', '...'):
        if stack:
            samples += 1
            top[stack[0]] += 1
            mine = next((f for f in stack if f.startswith('io.kopilka')), None)
            if mine:
                ours[mine] += 1
            text = ' '.join(stack)
            for name, marker in (('jdbc driver', 'com.mysql.cj'), ('jooq', 'org.jooq'), ('jackson', 'tools.jackson'),
                                 ('hikari', 'com.zaxxer'), ('tomcat', 'org.apache'), ('security', 'springframework.security'),
                                 ('request log', 'requestlog'), ('modulith events', 'modulith'),
                                 ('logging', 'ch.qos.logback')):
                if marker in text:
                    subsystem[name] += 1
        stack = None
    elif stack is not None:
        m = frame.match(line)
        if m:
            stack.append(m.group(1))
n = int(sys.argv[1]) if len(sys.argv) > 1 else 25
print(f'{samples} samples')
print('-- top frames'); [print(f'{c:6d} {c * 100 / samples:5.1f}% {f}') for f, c in top.most_common(n)]
print('-- first io.kopilka frame on the stack'); [print(f'{c:6d} {c * 100 / samples:5.1f}% {f}') for f, c in ours.most_common(n)]
print('-- stacks touching'); [print(f'{c:6d} {c * 100 / samples:5.1f}% {f}') for f, c in subsystem.most_common()]
