/* ch-review-page.h: the review of a workshop's clusters after the
 * session, and the decisions on their ideas
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ch-project.h"

G_BEGIN_DECLS

#define CH_TYPE_REVIEW_PAGE (ch_review_page_get_type())

G_DECLARE_FINAL_TYPE (ChReviewPage, ch_review_page, CH, REVIEW_PAGE, AdwBin)

ChProject  *ch_review_page_get_project    (ChReviewPage *self);
void        ch_review_page_set_project    (ChReviewPage *self,
                                           ChProject    *project);
const char *ch_review_page_get_session_id (ChReviewPage *self);
void        ch_review_page_set_session_id (ChReviewPage *self,
                                           const char   *session_id);
GPtrArray  *ch_review_page_get_selection  (ChReviewPage *self);

G_END_DECLS
