/* fuzz-workshop-reader.c: libFuzzer target for the workshop file reader
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every input is a workshop file, read from memory with ch_workshop_read()
 * by a sink that accepts everything and reads each entity back. A crash,
 * a sanitizer report, a leak, a failed assertion, a GLib critical or
 * warning (made fatal here, as G_DEBUG=fatal-warnings does in the tests),
 * or a result that is not "TRUE and no error" or "FALSE and an error" is a
 * finding. Save its input in tests/fuzz/crashes/: the replay-corpus test
 * reads it in every build from then on.
 *
 * Build: CC=clang meson setup _build-fuzz -Dfuzzing=true \
 *          -Db_sanitize=address,undefined -Db_lundef=false -Dui_tests=false
 * Run:   see tests/fuzz/README.md
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "workshop-sink.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Made fatal by G_DEBUG=fatal-criticals, a critical ends the process with
 * SIGTRAP (G_BREAKPOINT), which libFuzzer does not catch: no report, no
 * saved input. Every warning or critical aborts here instead, with
 * SIGABRT, which libFuzzer reports as a crash and saves. */
static GLogWriterOutput
fatal_writer (GLogLevelFlags   log_level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         user_data)
{
  GLogWriterOutput result = g_log_writer_default (log_level, fields, n_fields, user_data);

  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();

  return result;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_writer_func (fatal_writer, NULL, NULL);

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  fuzz_read_workshop (data, size, "fuzz.charrette.xml", NULL);

  return 0;
}
