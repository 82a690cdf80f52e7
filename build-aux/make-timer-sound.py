#!/usr/bin/env python3
# make-timer-sound.py: writes ui/sounds/timer-end.wav, the timer's end
# signal: two soft bell-like tones, a fifth apart, fading out (0.9 s,
# mono, 22 050 Hz, 16 bit). Made here, so that it is ours to ship, and
# kept as WAV: GTK's media support (GStreamer) plays it without a codec.
#
#   build-aux/make-timer-sound.py ui/sounds/timer-end.wav
#
# Copyright 2026 The Charrette authors
# SPDX-License-Identifier: GPL-3.0-or-later

import math
import struct
import sys
import wave

RATE = 22050
LENGTH = 0.9
VOLUME = 0.35

def tone(t, start, frequency):
    if t < start:
        return 0.0
    t -= start
    attack = min(1.0, t / 0.01)
    decay = math.exp(-4.5 * t)
    # A bell: the fundamental and a quieter partial.
    return attack * decay * (math.sin(2 * math.pi * frequency * t)
                             + 0.3 * math.sin(2 * math.pi * 2.76 * frequency * t))

def main(path):
    frames = bytearray()
    for i in range(int(RATE * LENGTH)):
        t = i / RATE
        value = 0.5 * (tone(t, 0.0, 659.25) + tone(t, 0.18, 987.77))
        frames += struct.pack('<h', int(max(-1.0, min(1.0, value * VOLUME)) * 32767))
    with wave.open(path, 'wb') as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(frames))

if __name__ == '__main__':
    main(sys.argv[1])
