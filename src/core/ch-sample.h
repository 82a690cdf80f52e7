/* ch-sample.h: the sample workshop a new user finds in the library
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "ch-project.h"

G_BEGIN_DECLS

/* Fills an empty project with the "Checkout redesign co-design" sample:
 * personas, participants, a session, clusters and some 30 ideas. */
gboolean ch_sample_fill (ChProject  *project,
                         GError    **error);

G_END_DECLS
