/* ch-review-rank.h: one place of the review's ranking: a cluster (or
 * the ideas in none), its dots, its top ideas and the personas served
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "ch-project.h"

G_BEGIN_DECLS

#define CH_TYPE_REVIEW_RANK (ch_review_rank_get_type())

G_DECLARE_FINAL_TYPE (ChReviewRank, ch_review_rank, CH, REVIEW_RANK, GObject)

ChReviewRank *ch_review_rank_new          (ChCluster    *cluster);
ChCluster    *ch_review_rank_get_cluster  (ChReviewRank *self);
guint         ch_review_rank_get_rank     (ChReviewRank *self);
int           ch_review_rank_get_dots     (ChReviewRank *self);
gboolean      ch_review_rank_get_tied     (ChReviewRank *self);
guint         ch_review_rank_get_n_ideas  (ChReviewRank *self);
GListModel   *ch_review_rank_get_ideas    (ChReviewRank *self);
GListModel   *ch_review_rank_get_personas (ChReviewRank *self);
void          ch_review_rank_set_place    (ChReviewRank *self,
                                           guint         rank,
                                           int           dots,
                                           gboolean      tied);
void          ch_review_rank_set_ideas    (ChReviewRank *self,
                                           GPtrArray    *top_ideas,
                                           guint         n_ideas);
void          ch_review_rank_set_personas (ChReviewRank *self,
                                           GPtrArray    *personas);

G_END_DECLS
