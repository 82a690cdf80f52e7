/* ch-timer-button.c: the timer in the header bar, and its controls
 *
 * Copyright 2026 The Charrette authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ch-timer-button"

#include "config.h"

#include <glib/gi18n.h>

#include "ch-timer-button.h"

struct _ChTimerButton
{
  AdwBin          parent_instance;

  ChTimer        *timer;
  GBinding       *sound_binding;
  GtkMenuButton  *button;

  /* Template widgets */
  GtkLabel       *label;
  GtkButton      *start_pause_button;
  GtkButton      *preset_3;
  GtkButton      *preset_5;
  GtkButton      *preset_10;
  GtkButton      *preset_15;
  GtkSpinButton  *minutes_spin;
  GtkSwitch      *sound_switch;
};

G_DEFINE_FINAL_TYPE (ChTimerButton, ch_timer_button, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TIMER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_label (ChTimerButton *self)
{
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;

  if (self->timer == NULL)
    return;

  text = ch_timer_dup_text (self->timer);
  gtk_label_set_label (self->label, text);
  /* Translators: the timer button, %s is the time left as "04:59" */
  name = g_strdup_printf (_("Timer, %s left"), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);

  if (ch_timer_get_finished (self->timer))
    gtk_widget_add_css_class (GTK_WIDGET (self->label), "timer-finished");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->label), "timer-finished");
}

static void
update_controls (ChTimerButton *self)
{
  if (self->timer == NULL)
    return;

  gtk_button_set_label (self->start_pause_button,
                        ch_timer_get_running (self->timer) ? _("_Pause") : _("_Start"));
  if ((guint) gtk_spin_button_get_value_as_int (self->minutes_spin) * 60
      != ch_timer_get_duration (self->timer)
      && ch_timer_get_duration (self->timer) % 60 == 0)
    gtk_spin_button_set_value (self->minutes_spin, ch_timer_get_duration (self->timer) / 60);
}

static void
timer_changed_cb (ChTimerButton *self,
                  GParamSpec    *pspec,
                  ChTimer       *timer)
{
  update_label (self);
  update_controls (self);
}

static void
preset_clicked_cb (ChTimerButton *self,
                   GtkButton     *button)
{
  guint minutes;

  if (button == self->preset_3)
    minutes = 3;
  else if (button == self->preset_10)
    minutes = 10;
  else if (button == self->preset_15)
    minutes = 15;
  else
    minutes = 5;

  gtk_spin_button_set_value (self->minutes_spin, minutes);
  if (self->timer != NULL)
    ch_timer_set_duration (self->timer, minutes * 60);
}

static void
minutes_changed_cb (ChTimerButton *self,
                    GtkSpinButton *spin)
{
  guint minutes = (guint) gtk_spin_button_get_value_as_int (spin);

  if (self->timer != NULL && minutes > 0 && ch_timer_get_duration (self->timer) != minutes * 60)
    ch_timer_set_duration (self->timer, minutes * 60);
}

static void
ch_timer_button_dispose (GObject *object)
{
  ChTimerButton *self = CH_TIMER_BUTTON (object);

  ch_timer_button_set_timer (self, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), CH_TYPE_TIMER_BUTTON);

  G_OBJECT_CLASS (ch_timer_button_parent_class)->dispose (object);
}

static void
ch_timer_button_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ChTimerButton *self = CH_TIMER_BUTTON (object);

  switch (prop_id)
    {
    case PROP_TIMER:
      g_value_set_object (value, self->timer);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_timer_button_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ChTimerButton *self = CH_TIMER_BUTTON (object);

  switch (prop_id)
    {
    case PROP_TIMER:
      ch_timer_button_set_timer (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ch_timer_button_class_init (ChTimerButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ch_timer_button_dispose;
  object_class->get_property = ch_timer_button_get_property;
  object_class->set_property = ch_timer_button_set_property;

  properties[PROP_TIMER] =
    g_param_spec_object ("timer", NULL, NULL,
                         CH_TYPE_TIMER,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/charrette/Charrette/ch-timer-button.ui");
  gtk_widget_class_bind_template_child (widget_class, ChTimerButton, label);
  gtk_widget_class_bind_template_child (widget_class, ChTimerButton, start_pause_button);
  gtk_widget_class_bind_template_child (widget_class, ChTimerButton, preset_3);
  gtk_widget_class_bind_template_child (widget_class, ChTimerButton, preset_5);
  gtk_widget_class_bind_template_child (widget_class, ChTimerButton, preset_10);
  gtk_widget_class_bind_template_child (widget_class, ChTimerButton, preset_15);
  gtk_widget_class_bind_template_child (widget_class, ChTimerButton, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, ChTimerButton, sound_switch);
  gtk_widget_class_bind_template_callback (widget_class, preset_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, minutes_changed_cb);
}

static void
ch_timer_button_init (ChTimerButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The bin's own child, so not a template child: AdwBin unparents it. */
  self->button = GTK_MENU_BUTTON (adw_bin_get_child (ADW_BIN (self)));
}

/**
 * ch_timer_button_get_timer:
 *
 * Returns: (transfer none) (nullable): the timer shown
 */
ChTimer *
ch_timer_button_get_timer (ChTimerButton *self)
{
  g_return_val_if_fail (CH_IS_TIMER_BUTTON (self), NULL);

  return self->timer;
}

void
ch_timer_button_set_timer (ChTimerButton *self,
                           ChTimer       *timer)
{
  g_return_if_fail (CH_IS_TIMER_BUTTON (self));
  g_return_if_fail (timer == NULL || CH_IS_TIMER (timer));

  if (self->timer == timer)
    return;

  g_clear_pointer (&self->sound_binding, g_binding_unbind);
  if (self->timer != NULL)
    g_signal_handlers_disconnect_by_data (self->timer, self);
  g_set_object (&self->timer, timer);

  if (timer != NULL)
    {
      g_signal_connect_object (timer, "notify", G_CALLBACK (timer_changed_cb),
                               self, G_CONNECT_SWAPPED);
      self->sound_binding = g_object_bind_property (timer, "sound",
                                                    self->sound_switch, "active",
                                                    G_BINDING_BIDIRECTIONAL
                                                    | G_BINDING_SYNC_CREATE);
      update_label (self);
      update_controls (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMER]);
}
