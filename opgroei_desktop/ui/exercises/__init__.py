"""The room exercises in the meeting runner: baseline, scenarios, assumption cards, role reversal.

``ExercisePanel`` is what the console shows for a step with an exercise; ``ExerciseScreen``
(in ``screens``) is what the projector shows. Both follow the run state; ``ExerciseRun``
loads their data and stores what the facilitator enters.
"""
