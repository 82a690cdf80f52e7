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


G_END_DECLS
