/* ch-board.h: the ideas of each cluster in their order, as the affinity
 * board shows them; private to the core (ChProject keeps one)
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ch-idea.h"

G_BEGIN_DECLS

#define CH_TYPE_CLUSTER_IDEAS (ch_cluster_ideas_get_type())

/* A GListModel of the ideas of one cluster, or of those in no cluster
 * (Unsorted), by position. */
G_DECLARE_FINAL_TYPE (ChClusterIdeas, ch_cluster_ideas, CH, CLUSTER_IDEAS, GObject)

const char *ch_cluster_ideas_get_cluster_id (ChClusterIdeas *self);
ChIdea     *ch_cluster_ideas_peek           (ChClusterIdeas *self,
                                             guint           position);

typedef struct _ChBoard ChBoard;

ChBoard        *ch_board_new        (GListModel   *ideas,
                                     GHashTable   *only);
void            ch_board_free       (ChBoard      *self);
ChClusterIdeas *ch_board_get_column (ChBoard      *self,
                                     const char   *cluster_id);
ChClusterIdeas *ch_board_find_column (ChBoard     *self,
                                      ChIdea      *idea);
void            ch_board_update     (ChBoard      *self,
                                     const char  **ids,
                                     ChIdea      **ideas,
                                     guint         n_ideas);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChBoard, ch_board_free)

G_END_DECLS
