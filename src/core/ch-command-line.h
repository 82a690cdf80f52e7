/* ch-command-line.h: what Charrette does without a window
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean ch_command_line_is_headless (int    argc,
                                      char **argv);
int      ch_command_line_run         (int    argc,
                                      char **argv);

G_END_DECLS
