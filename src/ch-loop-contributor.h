/* ch-loop-contributor.h: a participant to tell what became of their
 * ideas, with those ideas
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ch-project.h"

G_BEGIN_DECLS

#define CH_TYPE_LOOP_CONTRIBUTOR (ch_loop_contributor_get_type())

G_DECLARE_FINAL_TYPE (ChLoopContributor, ch_loop_contributor, CH, LOOP_CONTRIBUTOR, GObject)

ChLoopContributor *ch_loop_contributor_new             (ChParticipant     *participant);
ChParticipant     *ch_loop_contributor_get_participant (ChLoopContributor *self);
GListModel        *ch_loop_contributor_get_ideas       (ChLoopContributor *self);
guint              ch_loop_contributor_get_n_to_tell   (ChLoopContributor *self);
void               ch_loop_contributor_set_ideas       (ChLoopContributor *self,
                                                        GPtrArray         *ideas,
                                                        guint              n_to_tell);

G_END_DECLS
