/* ch-test-helpers.h: what several core tests share
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ch-project.h"

G_BEGIN_DECLS

/* A new empty folder, removed with its files by ch_test_dir_free(). */
char   *ch_test_dir_new      (void);
void    ch_test_dir_free     (char       *dir);
/* The whole content of a file, to compare before and after. */
GBytes *ch_test_read_bytes   (const char *path);
void    ch_test_write_bytes  (const char *path,
                              const char *contents,
                              gsize       length);
/* Resident memory of this process, in bytes. */
gsize   ch_test_resident_size (void);

/* For the benchmarks. */
/* Runs @func (@path) in a child process and waits for it: what it
 * allocates does not count in this one's memory. */
void    ch_test_run_in_child  (void      (*func) (const char *path),
                               const char *path);
/* The @percent-th percentile of @times (µs, as gint64; sorted in place),
 * in ms: 50 for the median, 100 for the longest. */
double  ch_test_percentile_ms (GArray     *times,
                               guint       percent);
/* One line: "@what  median … p99 … max … (n)", and the target (ms) the
 * median is to meet, if @target_ms is more than 0. */
void    ch_test_report        (const char *what,
                               GArray     *times,
                               double      target_ms);


G_END_DECLS
