/* ch-workshop-report.h: closing the loop, as a list and as the files
 * sent out to tell contributors what became of their ideas
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The reports of a whole workshop (CSV of its ideas, Markdown) are
 * declared in ch-workshop.h, with the other formats.
 */

#pragma once

#include <gio/gio.h>

#include "ch-project.h"

G_BEGIN_DECLS

/* One contributor and one of their ideas that is accepted, parked or
 * done; @informed is the day they were told (YYYY-MM-DD), or %NULL. */
typedef struct
{
  ChParticipant *participant;
  ChIdea        *idea;
  char          *informed;
} ChLoopEntry;

#define CH_TYPE_LOOP_ENTRY (ch_loop_entry_get_type ())

GType        ch_loop_entry_get_type    (void) G_GNUC_CONST;
ChLoopEntry *ch_loop_entry_new         (ChParticipant      *participant,
                                        ChIdea             *idea,
                                        const char         *informed);
ChLoopEntry *ch_loop_entry_copy        (const ChLoopEntry  *self);
void         ch_loop_entry_free        (ChLoopEntry        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ChLoopEntry, ch_loop_entry_free)

GPtrArray   *ch_workshop_list_loop           (ChProject      *project,
                                              const char     *session_id,
                                              gboolean        with_informed);
gboolean     ch_workshop_write_loop_csv      (GOutputStream  *stream,
                                              ChProject      *project,
                                              const char     *session_id,
                                              gboolean        with_informed,
                                              GCancellable   *cancellable,
                                              GError        **error);
gboolean     ch_workshop_write_loop_markdown (GOutputStream  *stream,
                                              ChProject      *project,
                                              const char     *session_id,
                                              gboolean        with_informed,
                                              GCancellable   *cancellable,
                                              GError        **error);

G_END_DECLS
