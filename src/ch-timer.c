/* ch-timer.c: a countdown for the room, one per window
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-timer"

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "ch-timer.h"

/* Ours, in the resource (build-aux/make-timer-sound.py): a desktop's
 * sound theme is not there in every sandbox. */
#define END_SOUND "/io/github/charrette/Charrette/sounds/timer-end.wav"

#define DEFAULT_DURATION (5 * 60)

struct _ChTimer
{
  GObject         parent_instance;

  guint           duration;
  guint           remaining;
  gint64          end_time;   /* monotonic, while running */
  guint           tick_source;
  GtkMediaStream *sound_stream;
  guint           running : 1;
  guint           finished : 1;
  guint           sound : 1;
};

G_DEFINE_FINAL_TYPE (ChTimer, ch_timer, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DURATION,
  PROP_REMAINING,
  PROP_RUNNING,
  PROP_FINISHED,
  PROP_SOUND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean tick_cb (gpointer user_data);

static void
set_remaining (ChTimer *self,
               guint    remaining)
{
  if (self->remaining == remaining)
    return;

  self->remaining = remaining;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REMAINING]);
}

static void
set_running (ChTimer  *self,
             gboolean  running)
{
  if (self->running == !!running)
    return;

  self->running = !!running;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING]);
}

static void
set_finished (ChTimer  *self,
              gboolean  finished)
{
  if (self->finished == !!finished)
    return;

  self->finished = !!finished;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINISHED]);
}

/* The whole seconds left, rounded up: "00:01" until the very end. */
static guint
compute_remaining (ChTimer *self)
{
  gint64 left = self->end_time - g_get_monotonic_time ();

  if (left <= 0)
    return 0;

  return (guint) ((left + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
}

/* The next tick comes when the display changes, computed from the end
 * time each time, so the countdown does not drift. */
static void
schedule_tick (ChTimer *self)
{
  gint64 left = self->end_time - g_get_monotonic_time ();
  guint interval_ms = 0;

  g_clear_handle_id (&self->tick_source, g_source_remove);

  if (left > 0)
    interval_ms = (guint) ((left % G_USEC_PER_SEC) / 1000) + 1;
  self->tick_source = g_timeout_add_full (G_PRIORITY_HIGH_IDLE, interval_ms, tick_cb, self, NULL);
}

static void
play_end_sound (ChTimer *self)
{
  g_clear_object (&self->sound_stream);
  if (!self->sound)
    return;

  /* Played through GTK's media support; without it (no media module),
   * the stream holds the error and the end shows only on screen. */
  self->sound_stream = gtk_media_file_new_for_resource (END_SOUND);
  gtk_media_stream_play (self->sound_stream);
}

static gboolean
tick_cb (gpointer user_data)
{
  ChTimer *self = user_data;

  self->tick_source = 0;
  set_remaining (self, compute_remaining (self));

  if (self->remaining > 0)
    {
      schedule_tick (self);
      return G_SOURCE_REMOVE;
    }

  g_object_freeze_notify (G_OBJECT (self));
  set_running (self, FALSE);
  set_finished (self, TRUE);
  g_object_thaw_notify (G_OBJECT (self));
  play_end_sound (self);

  return G_SOURCE_REMOVE;
}

static void
ch_timer_dispose (GObject *object)
{
  ChTimer *self = CH_TIMER (object);

  g_clear_handle_id (&self->tick_source, g_source_remove);
  g_clear_object (&self->sound_stream);

  G_OBJECT_CLASS (ch_timer_parent_class)->dispose (object);
}

static void
ch_timer_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  ChTimer *self = CH_TIMER (object);

  switch (prop_id)
    {
    case PROP_DURATION:
      g_value_set_uint (value, self->duration);
      break;

    case PROP_REMAINING:
      g_value_set_uint (value, self->remaining);
      break;

    case PROP_RUNNING:
      g_value_set_boolean (value, self->running);
      break;

    case PROP_FINISHED:
      g_value_set_boolean (value, self->finished);
      break;

    case PROP_SOUND:
      g_value_set_boolean (value, self->sound);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_timer_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  ChTimer *self = CH_TIMER (object);

  switch (prop_id)
    {
    case PROP_DURATION:
      ch_timer_set_duration (self, g_value_get_uint (value));
      break;

    case PROP_SOUND:
      ch_timer_set_sound (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_timer_class_init (ChTimerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags read_flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = ch_timer_dispose;
  object_class->get_property = ch_timer_get_property;
  object_class->set_property = ch_timer_set_property;

  /* In seconds. */
  properties[PROP_DURATION] =
    g_param_spec_uint ("duration", NULL, NULL, 1, 24 * 60 * 60, DEFAULT_DURATION, flags);
  properties[PROP_REMAINING] =
    g_param_spec_uint ("remaining", NULL, NULL, 0, 24 * 60 * 60, DEFAULT_DURATION, read_flags);
  properties[PROP_RUNNING] =
    g_param_spec_boolean ("running", NULL, NULL, FALSE, read_flags);
  properties[PROP_FINISHED] =
    g_param_spec_boolean ("finished", NULL, NULL, FALSE, read_flags);
  properties[PROP_SOUND] =
    g_param_spec_boolean ("sound", NULL, NULL, TRUE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ch_timer_init (ChTimer *self)
{
  self->duration = DEFAULT_DURATION;
  self->remaining = DEFAULT_DURATION;
  self->sound = TRUE;
}

ChTimer *
ch_timer_new (void)
{
  return g_object_new (CH_TYPE_TIMER, NULL);
}

guint
ch_timer_get_duration (ChTimer *self)
{
  g_return_val_if_fail (CH_IS_TIMER (self), 0);

  return self->duration;
}

/**
 * ch_timer_set_duration:
 * @duration: in seconds
 *
 * Sets the time to count down from; the countdown starts again from
 * there, running if it ran.
 */
void
ch_timer_set_duration (ChTimer *self,
                       guint    duration)
{
  g_return_if_fail (CH_IS_TIMER (self));
  g_return_if_fail (duration > 0);

  if (self->duration == duration)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  self->duration = duration;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION]);

  set_finished (self, FALSE);
  set_remaining (self, duration);
  if (self->running)
    {
      self->end_time = g_get_monotonic_time () + (gint64) duration * G_USEC_PER_SEC;
      schedule_tick (self);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * ch_timer_get_remaining:
 *
 * Returns: the whole seconds left, rounded up
 */
guint
ch_timer_get_remaining (ChTimer *self)
{
  g_return_val_if_fail (CH_IS_TIMER (self), 0);

  return self->remaining;
}

gboolean
ch_timer_get_running (ChTimer *self)
{
  g_return_val_if_fail (CH_IS_TIMER (self), FALSE);

  return self->running;
}

/**
 * ch_timer_get_finished:
 *
 * Returns: whether the countdown reached zero, until it is reset or
 *   started again
 */
gboolean
ch_timer_get_finished (ChTimer *self)
{
  g_return_val_if_fail (CH_IS_TIMER (self), FALSE);

  return self->finished;
}

gboolean
ch_timer_get_sound (ChTimer *self)
{
  g_return_val_if_fail (CH_IS_TIMER (self), FALSE);

  return self->sound;
}

/**
 * ch_timer_set_sound:
 * @sound: whether to play a short sound at the end, when the system has one
 */
void
ch_timer_set_sound (ChTimer  *self,
                    gboolean  sound)
{
  g_return_if_fail (CH_IS_TIMER (self));

  if (self->sound == !!sound)
    return;

  self->sound = !!sound;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOUND]);
}

/**
 * ch_timer_start:
 *
 * Counts down from where it was paused, or from the duration once it
 * has finished.
 */
void
ch_timer_start (ChTimer *self)
{
  g_return_if_fail (CH_IS_TIMER (self));

  if (self->running)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->finished || self->remaining == 0)
    {
      set_finished (self, FALSE);
      set_remaining (self, self->duration);
    }
  self->end_time = g_get_monotonic_time () + (gint64) self->remaining * G_USEC_PER_SEC;
  set_running (self, TRUE);
  schedule_tick (self);
  g_object_thaw_notify (G_OBJECT (self));
}

void
ch_timer_pause (ChTimer *self)
{
  g_return_if_fail (CH_IS_TIMER (self));

  if (!self->running)
    return;

  g_clear_handle_id (&self->tick_source, g_source_remove);
  g_object_freeze_notify (G_OBJECT (self));
  set_remaining (self, compute_remaining (self));
  set_running (self, FALSE);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * ch_timer_reset:
 *
 * Stops the countdown and sets it back to the duration.
 */
void
ch_timer_reset (ChTimer *self)
{
  g_return_if_fail (CH_IS_TIMER (self));

  g_clear_handle_id (&self->tick_source, g_source_remove);
  g_object_freeze_notify (G_OBJECT (self));
  set_running (self, FALSE);
  set_finished (self, FALSE);
  set_remaining (self, self->duration);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * ch_timer_dup_text:
 *
 * Returns: (transfer full): the time left as "mm:ss", or "h:mm:ss" from
 *   an hour on
 */
char *
ch_timer_dup_text (ChTimer *self)
{
  guint remaining;

  g_return_val_if_fail (CH_IS_TIMER (self), NULL);

  remaining = self->remaining;
  if (remaining >= 3600)
    return g_strdup_printf ("%u:%02u:%02u", remaining / 3600, remaining / 60 % 60, remaining % 60);

  return g_strdup_printf ("%02u:%02u", remaining / 60, remaining % 60);
}

/**
 * ch_timer_get_end_sound:
 *
 * Returns: (transfer none) (nullable): the sound played at the last
 *   end, while it plays and after; %NULL when none was (muted, or no
 *   end yet)
 */
GtkMediaStream *
ch_timer_get_end_sound (ChTimer *self)
{
  g_return_val_if_fail (CH_IS_TIMER (self), NULL);

  return self->sound_stream;
}
