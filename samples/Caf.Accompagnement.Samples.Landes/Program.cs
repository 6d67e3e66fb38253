Console.WriteLine("Caf.Accompagnement");
