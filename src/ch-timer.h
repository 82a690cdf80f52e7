/* ch-timer.h: a countdown for the room, one per window
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define CH_TYPE_TIMER (ch_timer_get_type())

G_DECLARE_FINAL_TYPE (ChTimer, ch_timer, CH, TIMER, GObject)

ChTimer  *ch_timer_new           (void);
guint     ch_timer_get_duration  (ChTimer *self);
void      ch_timer_set_duration  (ChTimer *self,
                                  guint    duration);
guint     ch_timer_get_remaining (ChTimer *self);
gboolean  ch_timer_get_running   (ChTimer *self);
gboolean  ch_timer_get_finished  (ChTimer *self);
gboolean  ch_timer_get_sound     (ChTimer *self);
void      ch_timer_set_sound     (ChTimer *self,
                                  gboolean sound);
void      ch_timer_start         (ChTimer *self);
void      ch_timer_pause         (ChTimer *self);
void      ch_timer_reset         (ChTimer *self);
char     *ch_timer_dup_text      (ChTimer *self);

GtkMediaStream *ch_timer_get_end_sound (ChTimer *self);

G_END_DECLS
