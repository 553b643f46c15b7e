try{var t=localStorage.getItem('zj-theme');if(t==='dark'||t==='light')document.documentElement.dataset.theme=t}catch(e){}
