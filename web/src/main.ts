document.getElementById('app')!.textContent = 'evigraph';
