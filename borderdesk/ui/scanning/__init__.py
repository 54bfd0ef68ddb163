"""Scanners feeding the one router: keyboard wedge, serial port, camera, image files.

- :mod:`~borderdesk.ui.scanning.wedge`: keyboard-wedge bursts told from typing;
- :mod:`~borderdesk.ui.scanning.serial`: scanners on a (virtual) COM port;
- :mod:`~borderdesk.ui.scanning.camera`: camera frames decoded in a worker thread;
- :mod:`~borderdesk.ui.scanning.file_scan`: image files (dialog, drag and drop);
- :mod:`~borderdesk.ui.scanning.router`: every text -> ``recognise()`` -> the window;
- :mod:`~borderdesk.ui.scanning.controller`: the Scan menu and the wiring.

Modules are imported where needed (QtMultimedia only when the camera or a sound is
first used), so nothing is re-exported here.
"""
