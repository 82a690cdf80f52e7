/* ch-ideas-page.h: the ideas of a project, to capture, sort and edit
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ch-idea-query.h"
#include "ch-project.h"

G_BEGIN_DECLS

#define CH_TYPE_IDEAS_PAGE (ch_ideas_page_get_type())

G_DECLARE_FINAL_TYPE (ChIdeasPage, ch_ideas_page, CH, IDEAS_PAGE, AdwBin)

ChProject *ch_ideas_page_get_project         (ChIdeasPage *self);
void       ch_ideas_page_set_project         (ChIdeasPage *self,
                                              ChProject   *project);
ChIdea    *ch_ideas_page_get_selected        (ChIdeasPage *self);
void       ch_ideas_page_select              (ChIdeasPage *self,
                                              ChIdea      *idea);
ChIdeaQuery *
           ch_ideas_page_get_query           (ChIdeasPage *self);
void       ch_ideas_page_focus_new_idea      (ChIdeasPage *self);
void       ch_ideas_page_focus_selected      (ChIdeasPage *self);
ChSession *ch_ideas_page_get_current_session (ChIdeasPage *self);
void       ch_ideas_page_set_current_session (ChIdeasPage *self,
                                              ChSession   *session);

G_END_DECLS
