/* ch-loop-page.h: closing the loop: telling contributors what became of
 * their ideas
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ch-project.h"

G_BEGIN_DECLS

#define CH_TYPE_LOOP_PAGE (ch_loop_page_get_type())

G_DECLARE_FINAL_TYPE (ChLoopPage, ch_loop_page, CH, LOOP_PAGE, AdwBin)

typedef enum
{
  CH_LOOP_EXPORT_CSV,
  CH_LOOP_EXPORT_MARKDOWN,
} ChLoopExportFormat;

ChProject  *ch_loop_page_get_project       (ChLoopPage          *self);
void        ch_loop_page_set_project       (ChLoopPage          *self,
                                            ChProject           *project);
gboolean    ch_loop_page_get_show_informed (ChLoopPage          *self);
void        ch_loop_page_set_show_informed (ChLoopPage          *self,
                                            gboolean             show_informed);
const char *ch_loop_page_get_session_id    (ChLoopPage          *self);
void        ch_loop_page_set_session_id    (ChLoopPage          *self,
                                            const char          *session_id);
const char *ch_loop_page_get_date          (ChLoopPage          *self);
void        ch_loop_page_export_file       (ChLoopPage          *self,
                                            GFile               *file,
                                            ChLoopExportFormat   format);

G_END_DECLS
