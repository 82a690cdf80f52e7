/* ch-project-view.h: an open project: its ideas and personas
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ch-ideas-page.h"
#include "ch-project.h"
#include "ch-timer.h"

G_BEGIN_DECLS

#define CH_TYPE_PROJECT_VIEW (ch_project_view_get_type())

G_DECLARE_FINAL_TYPE (ChProjectView, ch_project_view, CH, PROJECT_VIEW, AdwBin)

ChProject   *ch_project_view_get_project     (ChProjectView *self);
void         ch_project_view_set_project     (ChProjectView *self,
                                              ChProject     *project);
void         ch_project_view_show_page       (ChProjectView *self,
                                              const char    *name);
void         ch_project_view_focus_new_idea  (ChProjectView *self);
void         ch_project_view_delete_selected (ChProjectView *self);
ChIdeasPage *ch_project_view_get_ideas_page  (ChProjectView *self);
void         ch_project_view_set_timer       (ChProjectView *self,
                                              ChTimer       *timer);

G_END_DECLS
